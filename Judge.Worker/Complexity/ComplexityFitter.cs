using Judge.Problems.Model;

namespace Judge.Worker.Complexity;

/// <summary>One timed call (or batch, per call): problem size and thread CPU time, harness baseline already subtracted.</summary>
public sealed record ProbePoint(long N, double CpuMs)
{
    /// <summary>Operations counted in one call of this size (<see cref="Judging.TestRecord.Ops"/>); null where the language does not count.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public double? Ops { get; init; }

    /// <summary>Whether <see cref="Ops"/> saw all the call's work (no uncounted library code ran).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public bool OpsComplete { get; init; }
}

/// <summary>
/// What a sweep says. <see cref="Detected"/> is null when undetermined; <see cref="Alternatives"/> then
/// names the candidates ("undetermined: O(n) or O(n log n)"). A detected class that is not
/// <see cref="Confident"/> is tentative and comes with <see cref="WantsMoreSizes"/> (extend the sweep, refit).
/// <see cref="DeltaBic"/> is the BIC gap between the two best-ranked classes (+∞ when nothing else is eligible).
/// <see cref="Points"/> are the submission's points, reduced to the minimum CPU time per size.
/// </summary>
public sealed record FitResult(
    string? Detected,
    bool Confident,
    IReadOnlyList<string> Alternatives,
    double DeltaBic,
    bool WantsMoreSizes,
    IReadOnlyList<ProbePoint> Points)
{
    /// <summary>Which rule decided the answer (a <see cref="FitRules"/> key); null for a plain confident fit.</summary>
    public string? Rule { get; init; }

    /// <summary>Why the answer is not (or only tentatively) a class, in words for a recruiter; null for a plain confident fit.</summary>
    public string? Reason { get; init; }

    public FitResult Because(string rule, string reason) => this with { Rule = rule, Reason = reason };

    /// <summary>What the operation counts alone said, when the program was counted (diagnostics, the bench).</summary>
    public CountFit? Counts { get; init; }
}

/// <summary>The fitter's rules, as carried in <see cref="FitResult.Rule"/> (the bench counts rows by them).</summary>
public static class FitRules
{
    public const string TooFewSizes = "too-few-sizes";
    public const string FewCommonSizes = "few-common-sizes";
    public const string NoGrowth = "no-growth";
    public const string PoorFit = "poor-fit";
    public const string CloseFits = "close-fits";
    public const string TentativeFit = "tentative-fit";
    public const string FitsDisagree = "fits-disagree";
    public const string UnconfirmedLogFactor = "unconfirmed-log-factor";
    public const string NarrowRange = "narrow-range";
    public const string RatioBetween = "ratio-between-thresholds";
    public const string RatioDecided = "ratio-decided";
    public const string Bending = "still-bending";
    public const string BendingDown = "bending-down";
    public const string BeyondLogFactor = "beyond-log-factor";
    public const string TopSizes = "top-sizes";
    public const string LogFactorAPowerAway = "log-factor-a-power-away";
    public const string CountsTentative = "counts-tentative";
    public const string CountsDisagree = "counts-disagree";
    public const string CountsLowerBound = "counts-lower-bound";
}

/// <summary>
/// One class fitted as t = A + B·g(n). Rise is the fitted curve's relative growth across the fitted
/// sizes; RelativeRms the weighted (relative) residual RMS. Eligible needs B &gt; 0 (except O(1)).
/// </summary>
public sealed record ClassFit(ComplexityClass Class, double A, double B, double Bic, double Rise, double RelativeRms, bool Eligible)
{
    /// <summary>The curve fitted for the class: g(n), or the reference's times scaled by the class (measured sizes only).</summary>
    public Func<long, double>? Curve { get; init; }

    public double At(double n) => A + (B * (Curve is null ? Class.Growth(n) : Curve((long)n)));
}

/// <summary>
/// Pure, deterministic complexity detection from CPU-time sweeps (the complexity-probe recipe):
/// t = a + b·g(n) per class by relative-weighted least squares, ranked by BIC. Conservative wherever
/// a confident wrong answer could come from, since "undetermined" is an honest answer and a
/// confidently wrong class is the failure that matters:
/// <list type="bullet">
/// <item>fewer than <see cref="MinSizes"/> sizes: undetermined;</item>
/// <item>growing classes need b &gt; 0; one rising less than <see cref="MinRise"/> over the sweep is O(1) in
/// disguise and no rival, unless it beats O(1) on BIC (then "O(1) or it");</item>
/// <item>2^n is tried only up to <see cref="MaxExponentialN"/>, so it is named only by beating every polynomial there;</item>
/// <item>the best class must fit within <see cref="MaxRelativeRms"/>;</item>
/// <item>ΔBIC to the runner-up ≥ 10: confident; 6–10: tentative, wants more sizes; below: undetermined.</item>
/// </list>
/// </summary>
public static class ComplexityFitter
{
    public const int MinSizes = 4;

    /// <summary>Fits use at most this many of the largest sizes: ×2 steps, a range of 2^9.</summary>
    public const int MaxFitSizes = 10;
    public const double ConfidentDeltaBic = 10;
    public const double TentativeDeltaBic = 6;

    /// <summary>Growth below this across the sweep is no growth worth naming (a class is then "O(1) in disguise").</summary>
    public const double MinRise = 0.10;

    /// <summary>A class that misses the data by more than this (relative RMS) is no answer, however it ranks.
    /// Real sweeps miss their true class by 5–15 % (small sizes, cache steps, a busy neighbour core);
    /// a wrong class a power of n away misses by 60 % and more; log factors are left to the ΔBIC and ratio rules.</summary>
    public const double MaxRelativeRms = 0.2;

    /// <summary>What a log factor lifts the ratio to the reference by, at least, from the smaller half of the sizes to the larger
    /// (a pure log factor lifts it by ≈ 40 % over sizes 2^8…2^17; one beside a linear term of the same size by ≈ 20 %).
    /// Only the absolute fit's own claims of a log factor use it as their bar.</summary>
    public const double MinLogFactorRise = 0.20;

    /// <summary>The reference's own class counts only if the ratio to it moves less than this; a log factor more, if it rises by at least this.
    /// Halfway between the two hypotheses (the same class: 0; a log factor: ≥ <see cref="MinLogFactorRise"/>): both answers are
    /// tentative ("probably"), so a band of "undetermined" between them would only hide the better guess. Measured on the corpus
    /// (2026-12-06, load 8–13): log-factor programs moved the ratio by 11–18 %, same-class ones by −6 … +5 %.</summary>
    public const double SameClassMaxMove = 0.10;

    /// <summary>A rise of the local growth exponent above this (over the top of the sweep) means the curve is still bending: no confident answer.
    /// Noise moves a three-step mean of exponents by about ±0.06; a log factor makes it fall, not rise.</summary>
    public const double MaxBending = 0.15;

    /// <summary>The same class needs the ratio to the reference to grow no faster than n^this over the top three steps
    /// (noise: ±0.05; a log factor at n ≈ 2^16: 0.09).</summary>
    public const double MaxTopSlope = 0.07;

    /// <summary>Largest over smallest common size needed before the ratio's move decides a log factor.</summary>
    public const double MinRatioRange = 64;

    /// <summary>Largest size on which 2^n is fitted: beyond it, 2^n cannot be what is being measured (and 2^n overflows a double past 1023).
    /// Where it is fitted it also stays in the ranking as a rival of the polynomials.</summary>
    public const long MaxExponentialN = 64;

    // Residual variance floor: exact synthetic data would otherwise give ln(0).
    private const double VarianceFloor = 1e-8;

    // BIC gap by which a barely-growing class (rise < MinRise) must beat O(1) to block a constant
    // verdict: any positive evidence, since O(log n) behind a large overhead looks nearly flat. Ratios
    // skip this: a growth that small could never be claimed there anyway (see MinLogFactorRise), and
    // with little noise, chance wiggles in a flat ratio reach any BIC gap.
    private const double AbsoluteGrowthEvidence = 2;

    /// <summary>Detects the class of one sweep on its own.</summary>
    public static FitResult Fit(IReadOnlyList<ProbePoint> points)
    {
        var reduced = MinimumPerSize(points);
        return Analyse(reduced, AbsoluteGrowthEvidence).Result;
    }

    /// <summary>
    /// Detects the class of a submission against the task's reference, timed on the same inputs at the
    /// same sizes. Each candidate class S is fitted as t = a + b·r(n)·S(n)/R(n), where r is the
    /// reference's measured curve and R its known class: the reference suffers the same cache and
    /// runtime effects, so they cancel, and only the algorithmic difference is left to explain.
    /// A log factor between S and R (the difference cache drift fakes best) is claimed only if the
    /// ratio t/r moves by ≥ <see cref="MinLogFactorRise"/> across the sizes; a confident absolute fit
    /// that disagrees by more than a log factor makes the answer undetermined. Without enough common
    /// sizes the absolute fit is all there is, and it is never confident.
    /// </summary>
    public static FitResult FitAgainstReference(IReadOnlyList<ProbePoint> points, IReadOnlyList<ProbePoint> referencePoints, string referenceClass)
    {
        var reference = ComplexityClass.Find(referenceClass)
            ?? throw new ArgumentException($"'{referenceClass}' is not one of {string.Join(", ", ComplexityClass.All)}", nameof(referenceClass));
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(referencePoints);
        var times = FitTimes(points, referencePoints, reference);
        var counts = OperationCountFitter.Fit(OperationCountFitter.PerSize(points), points);
        if (counts?.Class is null)
            return times with { Counts = counts };

        // The reference checks the counter: where its counts do not show the class the task declares for
        // it, the counter misses part of this task's work, and the submission's counts are a lower bound at best.
        var referenceCounts = OperationCountFitter.Fit(OperationCountFitter.PerSize(referencePoints), referencePoints);
        if (referenceCounts is { Class: { } counted, Confident: true } && counted != reference)
        {
            if (counted.Rank > reference.Rank)
                return times with { Counts = counts }; // counts more than the reference does: nothing they say can be trusted
            counts = counts with { Complete = false };
        }

        return WithCounts(times, counts) with { Counts = counts };
    }

    /// <summary>
    /// Joins the CPU-time answer with the operation counts'. Complete counts (the counter saw all the work)
    /// decide, unless the times confidently say a class a power of n away. Counts that miss library work
    /// are a lower bound: they rule out the classes below theirs, which settles "O(n) or O(n log n)" when they
    /// show n log n, and otherwise leave the times' answer as it was.
    /// </summary>
    public static FitResult WithCounts(FitResult times, CountFit counts)
    {
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(counts);
        var k = counts.Class ?? throw new ArgumentException("the counts fit no class", nameof(counts));
        var submission = times.Points;
        var timed = times.Detected is null ? null : ComplexityClass.Find(times.Detected);
        var below = k.Rank > 0 ? ComplexityClass.All[k.Rank - 1] : null;
        var evidence = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"operation counts over {counts.Span} fit {k.Name} within {counts.Misfit:0.0%} ({(below is null ? "no class below it" : $"{below.Name} misses by {counts.BelowMisfit:0.0%}")})");
        if (times.Confident && timed is not null && !timed.WithinOneLogFactorOf(k) && (counts.Complete || timed.Rank < k.Rank))
        {
            return Undetermined([k.Name, timed.Name], times.DeltaBic, wantsMoreSizes: false, submission)
                .Because(FitRules.CountsDisagree, $"{evidence}, but the times say {timed.Name}");
        }

        // Counts that cannot even rule out the class below (too few sizes, too much scatter) add nothing.
        if (!counts.AtLeast)
            return times;

        if (counts.Complete)
        {
            if (counts.Confident || (times.Confident && timed == k))
                return new FitResult(k.Name, true, [k.Name], times.DeltaBic, false, submission);
            if (counts.Above is { } above)
            {
                // The counts are too rough (they vary between inputs) to rule a log factor more out: the times choose, tentatively.
                var scattered = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{evidence}, but they are smooth only to {counts.Tolerance:0.0%} (inputs of one size differ), so {above.Name} (which would miss by {counts.AboveMisfit:0.0%}) is not ruled out");
                if (timed == k || timed == above)
                    return new FitResult(timed.Name, false, [k.Name, above.Name], times.DeltaBic, true, submission).Because(FitRules.CountsTentative, $"{scattered}; the times say {timed.Name}");
                // The times could not choose either: the class that fits the counts is the better guess.
                return timed is null && (times.Alternatives.Count == 0 || times.Alternatives.Contains(k.Name))
                    ? new FitResult(k.Name, false, [k.Name, above.Name], times.DeltaBic, true, submission).Because(FitRules.CountsTentative, $"{scattered}; probably {k.Name}")
                    : Undetermined([k.Name, above.Name], times.DeltaBic, wantsMoreSizes: false, submission).Because(FitRules.CountsTentative, scattered);
            }

            return times; // no class above to leave open: only 2^n lies beyond n³
        }

        // A lower bound: keep what the times allow at or above it.
        if (k.IsConstant)
            return times;
        var allowed = (timed is null ? times.Alternatives : [timed.Name, .. times.Alternatives])
            .Select(ComplexityClass.Find).OfType<ComplexityClass>().Distinct().ToList();
        var atLeast = allowed.Where(c => c.Rank >= k.Rank).ToList();
        if (allowed.Count == 0)
            return new FitResult(k.Name, false, [k.Name], times.DeltaBic, true, submission)
                .Because(FitRules.CountsLowerBound, $"{evidence}; the counter cannot see library calls, so the program is at least {k.Name}; the times fit no class ({times.Reason})");
        var bound = evidence + "; the counter cannot see library calls, so the program is at least " + k.Name;
        // What the counter saw is exactly K (the classes on both sides ruled out), and the undecided times allow K: the
        // unseen library calls would have to add a log factor the times cannot confirm. Probably K.
        if (counts.Confident && timed is null && atLeast.Contains(k) && (atLeast.Count > 1 || allowed.Count == 1))
            return new FitResult(k.Name, false, [.. atLeast.Select(c => c.Name)], times.DeltaBic, true, submission)
                .Because(FitRules.CountsLowerBound, $"{bound}, and the times allow it ({string.Join(" or ", allowed.Select(c => c.Name))}): probably {k.Name}, unless the unseen calls add a log factor");
        if (atLeast.Count == allowed.Count)
            return times; // the counts rule nothing out
        return atLeast.Count switch
        {
            0 => new FitResult(k.Name, false, [.. allowed.Select(c => c.Name).Append(k.Name).Distinct()], times.DeltaBic, true, submission)
                .Because(FitRules.CountsLowerBound, $"{bound}, more than the times suggest ({string.Join(" or ", allowed.Select(c => c.Name))})"),
            1 when atLeast[0] == k => new FitResult(k.Name, true, [k.Name], times.DeltaBic, false, submission),
            1 => new FitResult(atLeast[0].Name, false, [k.Name, atLeast[0].Name], times.DeltaBic, true, submission)
                .Because(FitRules.CountsLowerBound, $"{bound}; of the times' candidates only {atLeast[0].Name} remains"),
            _ => Undetermined([.. atLeast.Select(c => c.Name)], times.DeltaBic, wantsMoreSizes: false, submission)
                .Because(FitRules.CountsLowerBound, $"{bound}; the times cannot tell {string.Join(" from ", atLeast.Select(c => c.Name))}"),
        };
    }

    /// <summary>The CPU-time answer (see <see cref="FitAgainstReference"/>).</summary>
    private static FitResult FitTimes(IReadOnlyList<ProbePoint> points, IReadOnlyList<ProbePoint> referencePoints, ComplexityClass reference)
    {
        var submission = MinimumPerSize(points);
        var full = FitWindow(submission, referencePoints, reference);
        if (full.Rule != FitRules.PoorFit)
            return full;

        // No class fits a + b·g(n) over the whole window when a cheaper term still dominates its lower end
        // (c₁n + c₂n²: the exponent climbs from 1 to 2 over the sweep). The asymptotic class is what the
        // top of the sweep shows, so the smallest sizes are dropped, one at a time, while enough remain for
        // every other rule (the bending checks need seven). Those rules still decide whether it is confident.
        var window = Asymptotic(submission);
        for (var skip = 1; window.Count - skip >= MinTopSizes; skip++)
        {
            var top = FitWindow(window.Skip(skip).ToList(), referencePoints, reference);
            if (top.Rule != FitRules.PoorFit)
            {
                var from = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fitted on n ≥ {window[skip].N}: below it a cheaper term still dominated");
                return top with { Points = submission, Rule = top.Rule ?? FitRules.TopSizes, Reason = top.Reason is null ? null : top.Reason + "; " + from };
            }
        }

        return full;
    }

    /// <summary>The fewest sizes a fit on the top of the sweep may use (the bending checks need seven).</summary>
    public const int MinTopSizes = 7;

    private static FitResult FitWindow(IReadOnlyList<ProbePoint> submission, IReadOnlyList<ProbePoint> referencePoints, ComplexityClass reference)
    {
        // The reference's points are all usable (the probe keeps only sizes well above the empty call's
        // cost, and it is swept with more rounds): its small sizes are what a slow submission can reach.
        var referenceTimes = MinimumPerSize(referencePoints).ToDictionary(p => p.N, p => p.CpuMs);
        var common = Asymptotic(submission).Where(p => referenceTimes.ContainsKey(p.N)).ToList();
        var absolute = Analyse(Asymptotic(submission), AbsoluteGrowthEvidence).Result;

        if (common.Count < MinSizes)
        {
            // No reference to cancel the hardware's effects: at most a tentative answer.
            var alone = absolute.Detected is null ? null : ComplexityClass.Find(absolute.Detected);
            var few = $"only {common.Count} of its sizes ({Span(common)}) were also measured for the reference, so cache effects cannot be cancelled";
            return alone is null
                ? absolute with { Points = submission, Reason = absolute.Reason is null ? few : absolute.Reason + "; " + few }
                : (absolute with { Confident = false, WantsMoreSizes = true, Alternatives = Neighbours(alone), Points = submission }).Because(FitRules.FewCommonSizes, few);
        }

        // The reference's fixed cost per call (dispatch, reading its arguments) does not scale with the
        // algorithm, so it is taken out before the curve is scaled to another class; what is left keeps the
        // cache and runtime effects that multiply the work. (Scaled along, a reference's overhead made
        // quadratic submissions miss O(n^2) by 20–47 %.) At most half the smallest common time is taken.
        var referenceOverhead = reference.IsConstant ? 0
            : Math.Clamp(FitClass(reference, MinimumPerSize(referencePoints), n => reference.Growth(n)).A, 0, 0.5 * common.Min(p => referenceTimes[p.N]));
        if (!double.IsFinite(referenceOverhead))
            referenceOverhead = 0;
        double Basis(ComplexityClass c, long n) => (referenceTimes[n] - referenceOverhead) * (c.Growth(n) / reference.Growth(n));
        var relative = Analyse(common, AbsoluteGrowthEvidence, c => reference.IsConstant || c.IsConstant || !c.Exponential ? n => Basis(c, n) : null);
        var result = relative.Result;
        var relativeClass = result.Detected is null ? null : ComplexityClass.Find(result.Detected);
        // The curve whose bending is checked: the ratio to the reference (cache steps cancel), else the sweep itself.
        var shape = common.Count >= 7 ? common.Select(p => p with { CpuMs = p.CpuMs / referenceTimes[p.N] }).ToList() : Asymptotic(submission);
        var absoluteClass = absolute.Detected is null ? null : ComplexityClass.Find(absolute.Detected);

        // A power of n (or more) away from the reference: drift cannot fake that, so a confident absolute
        // fit stands, unless a confident comparison with the reference says otherwise, or it claims a log
        // factor (drift fakes those) that the comparison does not confirm.
        if (absoluteClass is not null && absolute.Confident && absoluteClass.Power != reference.Power)
        {
            if (result.Confident && relativeClass is not null && !relativeClass.WithinOneLogFactorOf(absoluteClass))
                return Undetermined([relativeClass.Name, absoluteClass.Name], result.DeltaBic, wantsMoreSizes: false, submission)
                    .Because(FitRules.FitsDisagree, $"the times alone fit {absoluteClass.Name}, but compared with the reference they fit {relativeClass.Name}");
            if (absoluteClass.LogPower == 0 || (result.Confident && relativeClass == absoluteClass))
                return Settled(absolute with { Points = submission }, submission, shape);
            return Undetermined([absoluteClass.WithoutLog().Name, absoluteClass.Name], absolute.DeltaBic, wantsMoreSizes: false, submission)
                .Because(FitRules.UnconfirmedLogFactor, $"the times alone fit {absoluteClass.Name}, but the comparison with the reference does not confirm the log factor (cache effects can fake one)");
        }

        // Within a log factor of the reference, BIC (with an intercept, over 2^8 sizes) cannot resolve
        // the difference; how the ratio to the reference moves gives a best guess: flat for the same
        // class, rising (or falling) by a clear margin for a log factor more (or less); in between, a
        // mix of terms or noise — undetermined. It needs a wide enough range of sizes to move at all.
        var leading = (result.Detected ?? (result.Alternatives.Count > 0 ? result.Alternatives[0] : null)) is { } name ? ComplexityClass.Find(name) : null;
        if (leading is not null && leading.WithinOneLogFactorOf(reference) && !reference.IsConstant && relative.Best is { } best && best.RelativeRms <= MaxRelativeRms)
        {
            var up = ComplexityClass.Product(reference, ComplexityClass.Log);
            var down = ComplexityClass.All.FirstOrDefault(c => !c.Exponential && c.Power == reference.Power && c.LogPower == reference.LogPower - 1);
            if ((double)common[^1].N / common[0].N < MinRatioRange)
            {
                return Undetermined([reference.Name, leading.Name, leading == reference ? up?.Name : null], result.DeltaBic, wantsMoreSizes: true, submission)
                    .Because(FitRules.NarrowRange, $"the sizes measured for both it and the reference span only {Span(common)}, too narrow to tell a log factor");
            }

            var same = FitClass(reference, common, n => Basis(reference, n));
            var move = RatioMove(common, referenceTimes, same.A, referenceOverhead);
            // The same class also needs a flat ratio at the top: a costlier term that is still small there
            // (c₁n + c₂n², a quarter quadratic at the largest size) barely moves the halves but tilts the top.
            var topSlope = TopSlope(common, referenceTimes);
            // A log factor lifts the ratio by log n: at most by the ratio of the halves' median log n, with
            // no overhead at all. Twice that (real n log n programs against an O(n) reference rose by up to
            // 1.2× the bound: the two programs' cache drifts differ) is a power of n or a costlier term taking over.
            var logBound = 2 * LogFactorBound(common);
            if (move > logBound)
            {
                var power = ComplexityClass.Product(reference, ComplexityClass.Linear);
                return Undetermined([up?.Name, power?.Name], result.DeltaBic, wantsMoreSizes: false, submission)
                    .Because(FitRules.BeyondLogFactor, $"its time relative to the reference's rose by {move:+0%} over {Span(common)}, more than twice what a log factor can ({logBound / 2:+0%}), yet no class a power of n away fits");
            }

            // With no class the judge names a log factor above the reference's (O(n log n): n log² n is not one),
            // a rise within one log factor, flat at the top, has no nearer name than the reference's own class.
            var nothingAbove = up is null && move >= 0 && move <= logBound / 2;
            // A tilt counts only beyond the noise of the two points it is drawn between (2 standard errors,
            // from the scatter of the ratio itself): under load a sweep's points scatter by 3–8 %, which tilts
            // a three-step slope by ±0.1; a costlier term taking over tilts a smooth curve.
            var tilt = Math.Max(MaxTopSlope, 2 * TopSlopeError(common, referenceTimes));
            var decided = (Math.Abs(move) < SameClassMaxMove || nothingAbove) && Math.Abs(topSlope) <= tilt ? reference
                : move >= SameClassMaxMove ? up
                : move <= -SameClassMaxMove / (1 + SameClassMaxMove) ? down
                : null;
            if (decided is null)
            {
                return Undetermined([reference.Name, move >= 0 ? up?.Name : down?.Name], result.DeltaBic, wantsMoreSizes: false, submission)
                    .Because(FitRules.RatioBetween, $"its time relative to the reference's moved by {move:+0%;-0%} over {Span(common)} (top slope n^{topSlope:0.00}, noise allows ±{tilt:0.00}): too much for the same class, too little for a log factor");
            }

            if (absoluteClass is not null && absolute.Confident && !absoluteClass.WithinOneLogFactorOf(decided))
            {
                return Undetermined([decided.Name, absoluteClass.Name], result.DeltaBic, wantsMoreSizes: false, submission)
                    .Because(FitRules.FitsDisagree, $"the ratio to the reference says {decided.Name}, the times alone say {absoluteClass.Name}");
            }

            // Tentative, never confident: on real sweeps here the ratio of two same-class programs moved
            // by −40 % … +280 % (different drift, JIT tiers), so a log factor near the reference's class
            // is a best guess, shown as "probably", not a finding.
            return new FitResult(decided.Name, false, [.. new[] { reference.Name, decided == reference ? (move >= 0 ? up : down)?.Name : decided.Name }.OfType<string>().Distinct()], result.DeltaBic, true, submission)
                .Because(FitRules.RatioDecided, decided == reference
                    ? $"its time relative to the reference's ({reference.Name}) moved by {move:+0%;-0%} over {Span(common)}{(nothingAbove && Math.Abs(move) >= SameClassMaxMove ? ", and no class the judge names lies a log factor above it" : "")}: probably the same class; a log factor cannot be ruled out over these sizes"
                    : $"its time relative to the reference's ({reference.Name}) moved by {move:+0%;-0%} over {Span(common)}: probably a log factor {(decided == up ? "more" : "less")}; cache effects can fake one");
        }

        if (result.Detected is null || !result.Confident)
        {
            return result with { Points = submission, Reason = result.Reason is null ? null : "against the reference: " + result.Reason };
        }

        var detected = relativeClass!;

        // Two methods that disagree by more than a log factor cannot both be trusted.
        if (absolute.Confident && !ComplexityClass.Find(absolute.Detected!)!.WithinOneLogFactorOf(detected))
            return Undetermined([detected.Name, absolute.Detected], result.DeltaBic, wantsMoreSizes: false, submission)
                .Because(FitRules.FitsDisagree, $"compared with the reference the times fit {detected.Name}, alone they fit {absolute.Detected}");

        // A log factor a power of n away from the reference (n² log n against O(n)) is what a curve
        // still bending from one term to the next looks like; both fits must name it.
        if (detected.LogPower > reference.LogPower && !(absolute.Confident && absoluteClass == detected))
            return Undetermined([detected.WithoutLog().Name, detected.Name], result.DeltaBic, wantsMoreSizes: false, submission)
                .Because(FitRules.LogFactorAPowerAway, $"a log factor a power of n away from the reference ({detected.Name}) must be named by both fits; the times alone say {absolute.Detected ?? "nothing confident"}");

        return Settled(result with { Points = submission }, submission, shape);
    }

    /// <summary>
    /// A confident claim stands only if the curve has stopped bending upwards at the top of the sweep:
    /// while the local growth exponent still rises (a cheap term giving way to a costlier one, c₁n +
    /// c₂n²), any class fitted now may be below the true one, and the rising curvature mimics a log
    /// factor. Then the answer is "undetermined: the class or the next one up".
    /// </summary>
    private static FitResult Settled(FitResult claim, IReadOnlyList<ProbePoint> submission, List<ProbePoint> shape)
    {
        if (!claim.Confident || claim.Detected is null)
            return claim;
        // The mirror image: a log factor makes the growth exponent fall, but only slowly (n² log n: by
        // ≈ 0.04 over three ×2 steps here). A faster fall is a pre-asymptotic term saturating (a check
        // that costs min(n, alphabet), a small-n path) and relative weighting reads it as a log factor.
        var claimed = ComplexityClass.Find(claim.Detected)!;
        var own = Asymptotic(submission);
        var fall = -Bending(own) + Bending([.. own.Select(p => p with { CpuMs = claimed.Growth(p.N) })]);
        if (claimed.LogPower > 0 && !claimed.Exponential && fall > MaxBending)
        {
            return Undetermined([claimed.WithoutLog().Name, claimed.Name], claim.DeltaBic, wantsMoreSizes: true, submission)
                .Because(FitRules.BendingDown, $"the growth exponent fell by {fall:0.00} more than {claimed.Name} explains up to n = {own[^1].N}: a term that stops growing, not a log factor, may be what the fit sees");
        }

        if (Bending(shape) <= MaxBending)
            return claim;
        var index = ComplexitySpec.Classes.ToList().IndexOf(claim.Detected);
        var next = index + 1 < ComplexityClass.All.Count && !ComplexityClass.All[index + 1].Exponential ? ComplexityClass.All[index + 1].Name : null;
        return Undetermined([claim.Detected, next], claim.DeltaBic, wantsMoreSizes: true, submission)
            .Because(FitRules.Bending, $"the curve still bends upwards at n = {shape[^1].N} (growth exponent up by {Bending(shape):0.00}): a costlier term may not have taken over yet");
    }

    /// <summary>How much a pure log factor (no overhead) lifts a ratio from the smaller half of the sizes to the larger, as <see cref="RatioMove"/> measures it.</summary>
    private static double LogFactorBound(List<ProbePoint> common)
    {
        var half = common.Count / 2;
        var low = Median(common.Take(half).Select(p => Math.Log2(p.N)));
        var high = Median(common.Skip(common.Count - half).Select(p => Math.Log2(p.N)));
        return low > 0 ? (high / low) - 1 : double.PositiveInfinity;
    }

    /// <summary>The ratio's local growth exponent over the last three steps of the common sizes (0 with fewer than four).</summary>
    /// <summary>
    /// The standard error of <see cref="TopSlope"/> from the ratio's own scatter: each inner point's distance
    /// (in log) from the line through its neighbours is noise (a smooth curve, log factors included, bends
    /// far less), with variance 1.5 σ² for ×2 steps; the slope between two points has error σ·√2 / ln(span).
    /// </summary>
    private static double TopSlopeError(List<ProbePoint> common, Dictionary<long, double> referenceTimes)
    {
        if (common.Count < 4)
            return 0;
        var x = common.Select(p => Math.Log(p.N)).ToArray();
        var y = common.Select(p => Math.Log(p.CpuMs / referenceTimes[p.N])).ToArray();
        var residuals = Enumerable.Range(1, common.Count - 2)
            .Select(i => y[i] - (y[i - 1] + ((y[i + 1] - y[i - 1]) * (x[i] - x[i - 1]) / (x[i + 1] - x[i - 1]))))
            .ToList();
        var sigma = Math.Sqrt(residuals.Average(e => e * e) / 1.5);
        return sigma * Math.Sqrt(2) / (x[^1] - x[^4]);
    }

    private static double TopSlope(List<ProbePoint> common, Dictionary<long, double> referenceTimes)
    {
        if (common.Count < 4)
            return 0;
        var (a, b) = (common[^4], common[^1]);
        return Math.Log((b.CpuMs / referenceTimes[b.N]) / (a.CpuMs / referenceTimes[a.N])) / Math.Log((double)b.N / a.N);
    }

    /// <summary>
    /// How much the local growth exponent (log t / log n between neighbouring sizes) rose: its mean over
    /// the last three steps minus its mean over the three before. 0 when there are too few sizes to tell.
    /// </summary>
    private static double Bending(List<ProbePoint> points)
    {
        if (points.Count < 7)
            return 0;
        var exponents = points.Zip(points.Skip(1), (a, b) => Math.Log(b.CpuMs / a.CpuMs) / Math.Log((double)b.N / a.N)).ToList();
        return exponents.TakeLast(3).Average() - exponents.SkipLast(3).TakeLast(3).Average();
    }

    /// <summary>
    /// The sizes a fit uses: the largest <see cref="MaxFitSizes"/> (small sizes run in a pre-asymptotic
    /// regime: tiny inputs take other paths, overheads not yet amortised). Points too close to the
    /// empty call's cost to mean anything never get here (the probe drops them).
    /// </summary>
    private static List<ProbePoint> Asymptotic(IReadOnlyList<ProbePoint> points) => [.. points.TakeLast(MaxFitSizes)];

    /// <summary>
    /// How the ratio of submission to reference moves from the smaller half of the sizes to the larger:
    /// the median of (t − a)/(r − a_R) over each half, a and a_R being the submission's and the reference's fixed costs per call.
    /// 0 is flat; 0.5 is a rise by half.
    /// </summary>
    private static double RatioMove(List<ProbePoint> common, Dictionary<long, double> referenceTimes, double overhead, double referenceOverhead)
    {
        var q = common.Select(p => (p.CpuMs - Math.Max(0, overhead)) / (referenceTimes[p.N] - referenceOverhead)).ToList();
        var half = q.Count / 2;
        var low = Median(q.Take(half));
        var high = Median(q.Skip(q.Count - half));
        return low > 0 && high > 0 ? (high / low) - 1 : double.NaN;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>A class and those one log factor away: what an absolute fit cannot tell apart on its own.</summary>
    private static List<string> Neighbours(ComplexityClass c) =>
        [.. ComplexityClass.All.Where(o => o.WithinOneLogFactorOf(c)).Select(o => o.Name)];

    /// <summary>Every class fitted to the points (minimum CPU time per size), for diagnostics. 2^n is left out
    /// when the largest size exceeds <see cref="MaxExponentialN"/>.</summary>
    public static IReadOnlyList<ClassFit> FitClasses(IReadOnlyList<ProbePoint> points) => FitAll(MinimumPerSize(points), null);

    /// <summary>
    /// One point per size with its minimum CPU time (noise only ever adds time), sorted by size, and
    /// the median of its operation counts (each sample counts its own input; inputs differ a little).
    /// Unusable points (size &lt; 1, time ≤ 0 or not finite, e.g. below the subtracted baseline) are dropped.
    /// </summary>
    public static IReadOnlyList<ProbePoint> MinimumPerSize(IReadOnlyList<ProbePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points
            .Where(p => p.N >= 1 && p.CpuMs > 0 && double.IsFinite(p.CpuMs))
            .GroupBy(p => p.N)
            .Select(g => new ProbePoint(g.Key, g.Min(p => p.CpuMs)) { Ops = OperationCountFitter.MedianOps(g), OpsComplete = OperationCountFitter.OpsComplete(g) })
            .OrderBy(p => p.N)
            .ToList();
    }

    private sealed record Analysis(FitResult Result, ClassFit? Best);

    /// <summary>
    /// Ranks the classes on reduced points and applies the confidence rules. <paramref name="basis"/>
    /// gives the curve fitted for a class (null: the class is not tried); by default its growth g(n).
    /// </summary>
    private static Analysis Analyse(IReadOnlyList<ProbePoint> points, double growthEvidence, Func<ComplexityClass, Func<long, double>?>? basis = null)
    {
        if (points.Count < MinSizes)
            return new Analysis(Undetermined([], 0, wantsMoreSizes: true, points)
                .Because(FitRules.TooFewSizes, points.Count == 0 ? "no size was measured clearly above the cost of an empty call" : $"only {points.Count} sizes ({Span(points)}) were measured clearly above the cost of an empty call"), null);

        var fits = FitAll(points, basis);
        var constant = fits.Single(f => f.Class.IsConstant);
        // BIC cannot separate O(1) from a class nested around it (b → 0) by more than ln m, so a
        // growing class must show material growth, or beat O(1) clearly, to be a rival at all.
        var ranked = fits
            .Where(f => f.Eligible && (f.Class.IsConstant || f.Rise >= MinRise || f.Bic <= constant.Bic - growthEvidence))
            .OrderBy(f => f.Bic)
            .ToList();
        var best = ranked[0];
        var delta = ranked.Count > 1 ? ranked[1].Bic - best.Bic : double.PositiveInfinity;
        var bestTwo = ranked.Take(2).Select(f => f.Class.Name).ToList();

        if (!best.Class.IsConstant && best.Rise < MinRise)
            return new Analysis(Undetermined([best.Class.Name, constant.Class.Name], delta, wantsMoreSizes: false, points)
                .Because(FitRules.NoGrowth, $"the time barely grows over {Span(points)} ({best.Rise:+0%} by the best fit)"), best);
        if (best.RelativeRms > MaxRelativeRms)
            return new Analysis(Undetermined(bestTwo, delta, wantsMoreSizes: false, points)
                .Because(FitRules.PoorFit, $"no class fits the times over {Span(points)} within {MaxRelativeRms:0%} (the closest, {best.Class.Name}, misses by {best.RelativeRms:0%})"), best);
        if (delta < TentativeDeltaBic)
            return new Analysis(Undetermined(bestTwo, delta, wantsMoreSizes: false, points)
                .Because(FitRules.CloseFits, $"{string.Join(" and ", bestTwo)} fit the times over {Span(points)} almost equally well (ΔBIC {delta:0.0})"), best);
        var confident = delta >= ConfidentDeltaBic;
        var fitted = new FitResult(best.Class.Name, confident, confident ? [] : bestTwo, delta, !confident, points);
        return new Analysis(confident ? fitted : fitted.Because(FitRules.TentativeFit, $"{best.Class.Name} fits the times over {Span(points)} better than {bestTwo[^1]}, but not clearly (ΔBIC {delta:0.0} < {ConfidentDeltaBic})"), best);
    }

    private static List<ClassFit> FitAll(IReadOnlyList<ProbePoint> points, Func<ComplexityClass, Func<long, double>?>? basis)
    {
        var fits = new List<ClassFit>();
        if (points.Count == 0)
            return fits;
        foreach (var c in ComplexityClass.All)
        {
            if (c.Exponential && points[^1].N > MaxExponentialN)
                continue;
            var curve = basis is null ? n => c.Growth(n) : basis(c);
            if (curve is not null)
                fits.Add(FitClass(c, points, curve));
        }
        return fits;
    }

    /// <summary>
    /// Weighted least squares for t = a + b·g(n) with weights 1/t², i.e. minimising relative errors,
    /// so that small sizes count as much as large ones.
    /// </summary>
    private static ClassFit FitClass(ComplexityClass c, IReadOnlyList<ProbePoint> points, Func<long, double> curve)
    {
        var m = points.Count;
        var w = points.Select(p => 1 / (p.CpuMs * p.CpuMs)).ToArray();
        var t = points.Select(p => p.CpuMs).ToArray();
        var sumW = w.Sum();
        var tMean = Enumerable.Range(0, m).Sum(i => w[i] * t[i]) / sumW;
        double a, b;
        if (c.IsConstant)
        {
            (a, b) = (tMean, 0);
        }
        else
        {
            // g scaled to at most 1, so n^3 and 2^n keep their precision in the sums.
            var g = points.Select(p => curve(p.N)).ToArray();
            var scale = g.Max();
            var x = g.Select(v => v / scale).ToArray();
            var xMean = Enumerable.Range(0, m).Sum(i => w[i] * x[i]) / sumW;
            var sxx = Enumerable.Range(0, m).Sum(i => w[i] * (x[i] - xMean) * (x[i] - xMean));
            var sxt = Enumerable.Range(0, m).Sum(i => w[i] * (x[i] - xMean) * (t[i] - tMean));
            if (!(sxx > 0))
                return new ClassFit(c, double.NaN, double.NaN, double.PositiveInfinity, 0, double.PositiveInfinity, false);
            var bScaled = sxt / sxx;
            (a, b) = (tMean - (bScaled * xMean), bScaled / scale);
        }

        var rss = Enumerable.Range(0, m).Sum(i => w[i] * Math.Pow(t[i] - (a + (b * curve(points[i].N))), 2));
        var parameters = c.IsConstant ? 1 : 2;
        var bic = (m * Math.Log(Math.Max(rss / m, VarianceFloor))) + (parameters * Math.Log(m));
        var fit = new ClassFit(c, a, b, bic, 0, Math.Sqrt(rss / m), c.IsConstant || (b > 0 && double.IsFinite(b))) { Curve = curve };
        var first = fit.At(points[0].N);
        return fit with { Rise = first > 0 ? (fit.At(points[^1].N) / first) - 1 : double.PositiveInfinity };
    }

    /// <summary>"n = 64…65536": the sizes a rule looked at.</summary>
    private static string Span(IReadOnlyList<ProbePoint> points) =>
        points.Count == 0 ? "no sizes" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n = {points[0].N}…{points[^1].N}");

    private static FitResult Undetermined(IEnumerable<string?> alternatives, double delta, bool wantsMoreSizes, IReadOnlyList<ProbePoint> points) =>
        new(null, false, alternatives.OfType<string>().Distinct().ToList(), delta, wantsMoreSizes, points);
}
