namespace Judge.Worker.Complexity;

/// <summary>One timed call (or batch, per call): problem size and thread CPU time, harness baseline already subtracted.</summary>
public sealed record ProbePoint(long N, double CpuMs);

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
    IReadOnlyList<ProbePoint> Points);

/// <summary>
/// One class fitted as t = A + B·g(n). Rise is the fitted curve's relative growth across the fitted
/// sizes; RelativeRms the weighted (relative) residual RMS. Eligible needs B &gt; 0 (except O(1)).
/// </summary>
public sealed record ClassFit(ComplexityClass Class, double A, double B, double Bic, double Rise, double RelativeRms, bool Eligible)
{
    public double At(double n) => A + (B * Class.Growth(n));
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
    public const double ConfidentDeltaBic = 10;
    public const double TentativeDeltaBic = 6;

    /// <summary>Growth below this across the sweep is no growth worth naming (a class is then "O(1) in disguise").</summary>
    public const double MinRise = 0.10;

    /// <summary>A class that misses the data by more than this (relative RMS) is no answer, however it ranks.
    /// Noise here is ~1.3 % CV; cache drift is what produces larger misses, and it fakes log factors.</summary>
    public const double MaxRelativeRms = 0.06;

    /// <summary>A log factor in the ratio counts only if it lifts the ratio this much across the top half.</summary>
    public const double MinLogFactorRise = 0.25;

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
    /// Detects the class of a submission by its ratio to the task's reference, timed on the same
    /// inputs at the same sizes. The reference suffers the same cache effects, so the ratio isolates the
    /// algorithmic difference: flat means the reference's class, growing like g means one factor g more.
    /// </summary>
    public static FitResult FitAgainstReference(IReadOnlyList<ProbePoint> points, IReadOnlyList<ProbePoint> referencePoints, string referenceClass)
    {
        var reference = ComplexityClass.Find(referenceClass)
            ?? throw new ArgumentException($"'{referenceClass}' is not one of {string.Join(", ", ComplexityClass.All)}", nameof(referenceClass));
        var submission = MinimumPerSize(points);
        var referenceTimes = MinimumPerSize(referencePoints).ToDictionary(p => p.N, p => p.CpuMs);
        var common = submission.Where(p => referenceTimes.ContainsKey(p.N)).ToList();
        if (common.Count < MinSizes)
            return Undetermined([referenceClass], 0, wantsMoreSizes: true, submission);

        // Only the top half of the sizes: there fixed overheads (which differ between the two programs)
        // have faded, and what is left is the per-element cost both share.
        var middle = Math.Sqrt((double)common[0].N * common[^1].N);
        var top = common.Where(p => p.N >= middle).ToList();
        if (top.Count < MinSizes)
            top = common.TakeLast(MinSizes).ToList();
        // A reference overhead that is still fading makes the ratio rise and fakes a factor. The
        // reference's class is known, so its overhead can be measured: drop the smallest sizes until
        // the fading could lift the ratio by less than MinRise.
        if (!reference.IsConstant)
        {
            var overhead = FitClass(reference, common.Select(p => p with { CpuMs = referenceTimes[p.N] }).ToList()).A;
            double VariableShare(ProbePoint p) => 1 - (Math.Max(overhead, 0) / referenceTimes[p.N]);
            bool Faded() => VariableShare(top[0]) > 0 && (VariableShare(top[^1]) / VariableShare(top[0])) - 1 <= MinRise;
            while (top.Count >= MinSizes && !Faded())
                top.RemoveAt(0);
            if (top.Count < MinSizes)
                return Undetermined([referenceClass], 0, wantsMoreSizes: true, submission);
        }
        var ratio = top.Select(p => new ProbePoint(p.N, p.CpuMs / referenceTimes[p.N])).ToList();

        // Against an O(1) reference the ratio is the absolute fit in disguise, and needs its caution.
        var ratioFit = Analyse(ratio, reference.IsConstant ? AbsoluteGrowthEvidence : double.PositiveInfinity);
        var absolute = Analyse(submission, AbsoluteGrowthEvidence).Result;
        var delta = ratioFit.Result.DeltaBic;
        var candidates = ratioFit.Result.Alternatives
            .Select(name => ComplexityClass.Product(reference, ComplexityClass.Find(name)!)?.Name)
            .OfType<string>()
            .ToList();
        if (candidates.Count < 2 && absolute.Alternatives.Count > 0)
            candidates.Add(absolute.Detected ?? absolute.Alternatives[0]);

        if (ratioFit.Result.Detected is null)
            return Undetermined(candidates, delta, ratioFit.Result.WantsMoreSizes, submission);
        var ratioClass = ComplexityClass.Find(ratioFit.Result.Detected)!;
        var product = ComplexityClass.Product(reference, ratioClass);
        if (product is null)
            return Undetermined(candidates, delta, wantsMoreSizes: false, submission);
        if (!ratioFit.Result.Confident)
            return new FitResult(product.Name, false, candidates.Distinct().ToList(), delta, true, submission);

        // A log factor is the difference cache drift fakes best: claim it only if the ratio, divided
        // by its log-free part, keeps growing by ≥ 25 % across the top half.
        if (ratioClass.LogPower > 0)
        {
            var best = ratioFit.Best!;
            var withoutLog = ratioClass.WithoutLog();
            double Excess(long n) => best.At(n) / withoutLog.Growth(n);
            var low = Excess(ratio[0].N);
            var high = Excess(ratio[^1].N);
            if (!(low > 0 && (high / low) - 1 >= MinLogFactorRise))
            {
                var lower = ComplexityClass.Product(reference, withoutLog);
                return Undetermined([lower?.Name, product.Name], delta, wantsMoreSizes: false, submission);
            }
        }

        // Two methods that disagree by more than a log factor cannot both be trusted.
        if (absolute.Confident && !ComplexityClass.Find(absolute.Detected!)!.WithinOneLogFactorOf(product))
            return Undetermined([product.Name, absolute.Detected], delta, wantsMoreSizes: false, submission);

        return new FitResult(product.Name, true, [], delta, false, submission);
    }

    /// <summary>Every class fitted to the points (minimum CPU time per size), for diagnostics. 2^n is left out
    /// when the largest size exceeds <see cref="MaxExponentialN"/>.</summary>
    public static IReadOnlyList<ClassFit> FitClasses(IReadOnlyList<ProbePoint> points) => FitAll(MinimumPerSize(points));

    /// <summary>
    /// One point per size with its minimum CPU time (noise only ever adds time), sorted by size.
    /// Unusable points (size &lt; 1, time ≤ 0 or not finite, e.g. below the subtracted baseline) are dropped.
    /// </summary>
    public static IReadOnlyList<ProbePoint> MinimumPerSize(IReadOnlyList<ProbePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points
            .Where(p => p.N >= 1 && p.CpuMs > 0 && double.IsFinite(p.CpuMs))
            .GroupBy(p => p.N)
            .Select(g => new ProbePoint(g.Key, g.Min(p => p.CpuMs)))
            .OrderBy(p => p.N)
            .ToList();
    }

    private sealed record Analysis(FitResult Result, ClassFit? Best);

    /// <summary>Ranks the classes on reduced points and applies the confidence rules.</summary>
    private static Analysis Analyse(IReadOnlyList<ProbePoint> points, double growthEvidence)
    {
        if (points.Count < MinSizes)
            return new Analysis(Undetermined([], 0, wantsMoreSizes: true, points), null);

        var fits = FitAll(points);
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
            return new Analysis(Undetermined([best.Class.Name, constant.Class.Name], delta, wantsMoreSizes: false, points), best);
        if (best.RelativeRms > MaxRelativeRms || delta < TentativeDeltaBic)
            return new Analysis(Undetermined(bestTwo, delta, wantsMoreSizes: false, points), best);
        var confident = delta >= ConfidentDeltaBic;
        return new Analysis(new FitResult(best.Class.Name, confident, confident ? [] : bestTwo, delta, !confident, points), best);
    }

    private static List<ClassFit> FitAll(IReadOnlyList<ProbePoint> points)
    {
        var fits = new List<ClassFit>();
        if (points.Count == 0)
            return fits;
        foreach (var c in ComplexityClass.All)
        {
            if (c.Exponential && points[^1].N > MaxExponentialN)
                continue;
            fits.Add(FitClass(c, points));
        }
        return fits;
    }

    /// <summary>
    /// Weighted least squares for t = a + b·g(n) with weights 1/t², i.e. minimising relative errors,
    /// so that small sizes count as much as large ones.
    /// </summary>
    private static ClassFit FitClass(ComplexityClass c, IReadOnlyList<ProbePoint> points)
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
            var g = points.Select(p => c.Growth(p.N)).ToArray();
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

        var rss = Enumerable.Range(0, m).Sum(i => w[i] * Math.Pow(t[i] - (a + (b * c.Growth(points[i].N))), 2));
        var parameters = c.IsConstant ? 1 : 2;
        var bic = (m * Math.Log(Math.Max(rss / m, VarianceFloor))) + (parameters * Math.Log(m));
        var fit = new ClassFit(c, a, b, bic, 0, Math.Sqrt(rss / m), c.IsConstant || (b > 0 && double.IsFinite(b)));
        var first = fit.At(points[0].N);
        return fit with { Rise = first > 0 ? (fit.At(points[^1].N) / first) - 1 : double.PositiveInfinity };
    }

    private static FitResult Undetermined(IEnumerable<string?> alternatives, double delta, bool wantsMoreSizes, IReadOnlyList<ProbePoint> points) =>
        new(null, false, alternatives.OfType<string>().Distinct().ToList(), delta, wantsMoreSizes, points);
}
