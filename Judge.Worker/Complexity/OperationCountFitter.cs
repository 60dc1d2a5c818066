namespace Judge.Worker.Complexity;

/// <summary>
/// The class an operation-count sweep shows (<see cref="ProbePoint.Ops"/>). Counts carry no hardware
/// noise (no caches, no neighbour core), so lower-order terms can be fitted instead of outrun: each
/// class L is tried as ops = a + b·g₋(n) + c·g_L(n) with c &gt; 0, g₋ the class just below L
/// (n for n log n, n log n for n², …). The answer is the slowest-growing L whose model fits within the
/// counts' own scatter; it is confident when the class below misses clearly. A c₁n + c₂n·log n program
/// whose log term is small is then still n log n, where CPU time shows only a flat ratio.
/// </summary>
public static class OperationCountFitter
{
    /// <summary>Counts are needed at this many sizes at least, spanning <see cref="MinRange"/>.</summary>
    public const int MinSizes = 6;

    /// <summary>Largest over smallest counted size: a log factor moves by (log n_max / log n_min), which needs room
    /// (traced Python is counted up to about n = 512–1024 only).</summary>
    public const double MinRange = 32;

    /// <summary>Relative misfit a right model may have although the counts are exact: inputs differ from size to size
    /// (a sort's comparisons, hash collisions), so the curve is smooth only to a few tenths of a percent.</summary>
    public const double MinTolerance = 0.005;

    /// <summary>Counts that scatter more than this between inputs of one size (a random graph's iterations) cannot read a class: no answer.
    /// Below it, the margins asked of the classes on either side keep a wide tolerance to telling powers of n apart.</summary>
    public const double MaxTolerance = 0.25;

    /// <summary>The tolerance is at least this many standard errors of a size's median count: a right model's
    /// misfit (an RMS over the sizes) stays within two of them.</summary>
    public const double MedianErrors = 2;

    /// <summary>The tolerance is at least this times the best class's misfit: the counts' noise, where it cannot be measured directly.</summary>
    public const double BestFitSlack = 1.5;

    /// <summary>The class below must miss by this many tolerances for a confident answer; between 1 and this, tentative.
    /// The same margin is asked of the class above: its pure curve must miss the found class's model by as much.</summary>
    public const double ConfidentMargin = 3;

    /// <summary>
    /// Fits the per-size counts (one point per size, <see cref="PerSize"/>'s median);
    /// <paramref name="raw"/> are the samples, whose scatter within a size sets the tolerance. Null when there are
    /// too few counted sizes to say anything.
    /// </summary>
    public static CountFit? Fit(IReadOnlyList<ProbePoint> perSize, IReadOnlyList<ProbePoint> raw)
    {
        ArgumentNullException.ThrowIfNull(perSize);
        ArgumentNullException.ThrowIfNull(raw);
        var points = perSize.Where(p => p.Ops is > 0).ToList();
        if (points.Count < MinSizes || (double)points[^1].N / points[0].N < MinRange)
            return null;

        // A right model misses each size's median by about that median's noise, a wrong one systematically.
        var (scatter, medianError) = Scatter(raw);
        if (scatter > MaxTolerance)
            return null;
        var classes = ComplexityClass.All.Where(c => !c.Exponential || points[^1].N <= ComplexityFitter.MaxExponentialN).ToList();
        var misfits = classes.Select(c => (Class: c, Misfit: Misfit(points, c, Below(c)))).ToList();
        // Where each size has one count (languages that count one sample per size) the scatter between inputs
        // is unknown; the best model's misfit then stands for it: no class is held to more than the data allows.
        var tolerance = Math.Max(MinTolerance, Math.Max(MedianErrors * medianError, BestFitSlack * misfits.Min(m => m.Misfit)));
        if (tolerance > MaxTolerance)
            return null;
        var fitting = misfits.FindIndex(m => m.Misfit <= tolerance);
        if (fitting < 0)
            return new CountFit(null, false, misfits.MinBy(m => m.Misfit).Class, tolerance, misfits.Min(m => m.Misfit), double.NaN, points, Complete(points));

        var (found, misfit) = misfits[fitting];
        var belowMisfit = fitting == 0 ? double.PositiveInfinity : misfits[fitting - 1].Misfit;
        // Would the class above have been told apart at this tolerance? Its pure curve at these sizes must
        // miss the found class's model clearly, or a log factor more is as consistent with the counts.
        var above = fitting + 1 < classes.Count ? classes[fitting + 1] : null;
        var aboveMisfit = above is null ? double.PositiveInfinity
            : Misfit([.. points.Select(p => p with { Ops = above.Growth(p.N) })], found, Below(found));
        return new CountFit(found, belowMisfit >= ConfidentMargin * tolerance && aboveMisfit >= ConfidentMargin * tolerance, found, tolerance, misfit, belowMisfit, points, Complete(points))
        {
            AtLeast = belowMisfit >= ConfidentMargin * tolerance,
            Above = above,
            AboveMisfit = aboveMisfit,
        };
    }

    /// <summary>
    /// One point per counted size, with the median of its counts, sorted by size. Unlike the times'
    /// <see cref="ComplexityFitter.MinimumPerSize"/> this keeps sizes whose calls were too close to an
    /// empty call's cost to time (the probe passes them with no CPU time): a count is exact at any size.
    /// </summary>
    public static IReadOnlyList<ProbePoint> PerSize(IReadOnlyList<ProbePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return [.. points.Where(p => p.N >= 1 && p.Ops is > 0).GroupBy(p => p.N)
            .Select(g => new ProbePoint(g.Key, 0) { Ops = MedianOps(g), OpsComplete = OpsComplete(g) })
            .OrderBy(p => p.N)];
    }

    /// <summary>The median (upper middle) of the points' counts; null when none was counted.</summary>
    public static double? MedianOps(IEnumerable<ProbePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var counts = points.Where(p => p.Ops is > 0).Select(p => p.Ops!.Value).ToList();
        return counts.Count == 0 ? null : Median(counts);
    }

    /// <summary>
    /// Whether the points' counts saw all the work: true when some were counted and every counted one was
    /// complete. Uncounted samples say nothing (Python, JavaScript and Java count one sample per size).
    /// </summary>
    public static bool OpsComplete(IEnumerable<ProbePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var counted = points.Where(p => p.Ops is > 0).ToList();
        return counted.Count > 0 && counted.All(p => p.OpsComplete);
    }

    /// <summary>The class whose term a model for <paramref name="c"/> may also have (the next slower one); null for O(1).</summary>
    private static ComplexityClass? Below(ComplexityClass c)
    {
        if (c.Exponential)
            return ComplexityClass.Cubic;
        var index = ComplexityClass.All.ToList().IndexOf(c);
        return index <= 0 ? null : ComplexityClass.All[index - 1];
    }

    private static bool Complete(List<ProbePoint> points) => points.All(p => p.OpsComplete);

    /// <summary>
    /// The typical relative spread of counts within one size (median over the sizes of (max − min) / median), and
    /// the standard error of one size's median that spread implies: the range of k counts is d_k standard
    /// deviations of one (d₅ ≈ 2.33), and their median's error is about 1.25 σ / √k. Both 0 with one count per size.
    /// </summary>
    private static (double Scatter, double MedianError) Scatter(IReadOnlyList<ProbePoint> raw)
    {
        var spreads = raw.Where(p => p.Ops is > 0).GroupBy(p => p.N).Where(g => g.Count() >= 2)
            .Select(g =>
            {
                var counts = g.Select(p => p.Ops!.Value).Order().ToList();
                var range = (counts[^1] - counts[0]) / counts[counts.Count / 2];
                return (Range: range, Error: range / RangeInDeviations[Math.Min(counts.Count, RangeInDeviations.Length - 1)] * 1.25 / Math.Sqrt(counts.Count));
            })
            .ToList();
        return spreads.Count == 0 ? (0, 0) : (Median(spreads.Select(s => s.Range)), Median(spreads.Select(s => s.Error)));
    }

    /// <summary>d_k: the expected range of k normal samples in standard deviations (k = 2…10; 10's for more).</summary>
    private static readonly double[] RangeInDeviations = [double.NaN, double.NaN, 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078];

    /// <summary>The upper middle of the values.</summary>
    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>
    /// The relative RMS of the best fit ops ≈ a + b·g₋(n) + c·g(n) with c &gt; 0 (each point weighted by 1/ops,
    /// so every size counts alike). The lower terms may take either sign: a triangular loop costs n²/2 − n/2,
    /// and a lower term held non-negative would push such a count a log factor up (n² read as n² log n).
    /// Every subset of the lower terms is tried beside the leading one, so a singular basis still fits.
    /// </summary>
    public static double Misfit(IReadOnlyList<ProbePoint> points, ComplexityClass c, ComplexityClass? below)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(c);
        if (c.IsConstant)
            return Solve(points, [_ => 1]) is { } constant ? Rms(points, [_ => 1], constant) : double.PositiveInfinity;
        var lower = new List<Func<double, double>> { _ => 1 };
        if (below is not null && !below.IsConstant)
            lower.Add(n => below.Growth(n));
        var best = double.PositiveInfinity;
        for (var mask = 0; mask < 1 << lower.Count; mask++)
        {
            List<Func<double, double>> used = [n => c.Growth(n), .. Enumerable.Range(0, lower.Count).Where(i => (mask & (1 << i)) != 0).Select(i => lower[i])];
            if (Solve(points, used) is { } coefficients && coefficients[0] > 0)
                best = Math.Min(best, Rms(points, used, coefficients));
        }

        return best;
    }

    private static double Rms(IReadOnlyList<ProbePoint> points, List<Func<double, double>> terms, double[] coefficients) =>
        Math.Sqrt(points.Average(p =>
        {
            var fitted = terms.Select((g, i) => coefficients[i] * g(p.N)).Sum();
            var e = (fitted - p.Ops!.Value) / p.Ops.Value;
            return e * e;
        }));

    /// <summary>Weighted least squares (weights 1/ops²) by normal equations on columns scaled to 1; null when singular.</summary>
    private static double[]? Solve(IReadOnlyList<ProbePoint> points, List<Func<double, double>> terms)
    {
        var k = terms.Count;
        var rows = points.Select(p => terms.Select(g => g(p.N) / p.Ops!.Value).ToArray()).ToList();
        var scale = Enumerable.Range(0, k).Select(j => rows.Max(r => Math.Abs(r[j]))).ToArray();
        if (scale.Any(s => s <= 0 || !double.IsFinite(s)))
            return null;
        var m = new double[k, k + 1];
        foreach (var row in rows)
        {
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                    m[i, j] += row[i] / scale[i] * row[j] / scale[j];
                m[i, k] += row[i] / scale[i]; // the target is ops/ops = 1
            }
        }

        // Gauss–Jordan with partial pivoting.
        for (var col = 0; col < k; col++)
        {
            var pivot = Enumerable.Range(col, k - col).MaxBy(r => Math.Abs(m[r, col]));
            if (Math.Abs(m[pivot, col]) < 1e-12)
                return null;
            for (var j = 0; j <= k; j++)
                (m[col, j], m[pivot, j]) = (m[pivot, j], m[col, j]);
            for (var r = 0; r < k; r++)
            {
                if (r == col)
                    continue;
                var f = m[r, col] / m[col, col];
                for (var j = 0; j <= k; j++)
                    m[r, j] -= f * m[col, j];
            }
        }

        return [.. Enumerable.Range(0, k).Select(i => m[i, k] / m[i, i] / scale[i])];
    }
}

/// <summary>
/// What the counts say: <see cref="Class"/> is the slowest-growing class that fits (null when none does),
/// <see cref="Confident"/> when the class below it misses by <see cref="OperationCountFitter.ConfidentMargin"/>
/// tolerances and the class above would have missed by as much; <see cref="Complete"/> when the counter saw all the work (else the class is a lower bound).
/// </summary>
public sealed record CountFit(
    ComplexityClass? Class,
    bool Confident,
    ComplexityClass Nearest,
    double Tolerance,
    double Misfit,
    double BelowMisfit,
    IReadOnlyList<ProbePoint> Points,
    bool Complete)
{
    /// <summary>Whether the class below is ruled out (the program is at least <see cref="Class"/>), whatever is said of the class above.</summary>
    public bool AtLeast { get; init; }

    /// <summary>The next faster-growing class, and how far its pure curve misses <see cref="Class"/>'s model at these sizes.</summary>
    public ComplexityClass? Above { get; init; }

    public double AboveMisfit { get; init; } = double.PositiveInfinity;

    /// <summary>The counted sizes, "n = 16…65536".</summary>
    public string Span => $"n = {Points[0].N}…{Points[^1].N}";
}
