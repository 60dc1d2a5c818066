using Judge.Worker.Complexity;

namespace Judge.Tests.Complexity;

/// <summary>
/// Operation counts, synthetic: exact curves with lower-order terms and the small scatter inputs give
/// (a sort's comparisons differ from input to input), and how they join the CPU-time answer.
/// </summary>
[TestFixture]
public sealed class OperationCountFitterTests
{
    private static readonly long[] Sizes = [.. Enumerable.Range(4, 13).Select(k => 1L << k)]; // 16 … 65536

    [TestCase("O(n)")]
    [TestCase("O(n log n)")]
    [TestCase("O(n^2)")]
    [TestCase("O(n^2 log n)")]
    [TestCase("O(n^3)")]
    public void EachClass_WithLowerTermsAndScatter_IsFoundConfidently(string name)
    {
        var c = ComplexityClass.Find(name)!;
        var below = ComplexityClass.All[c.Rank - 1];
        // The lower term is as large as the leading one at n = 256; inputs scatter counts by ±0.3 %.
        var points = Counted(n => 40 + (below.Growth(n) * c.Growth(256) / below.Growth(256)) + c.Growth(n), 0.003, seed: c.Rank, complete: true);

        var fit = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;

        Assert.That((fit.Class?.Name, fit.Confident), Is.EqualTo((name, true)), $"misfit {fit.Misfit:0.0000}, below {fit.BelowMisfit:0.0000}, tolerance {fit.Tolerance:0.0000}");
    }

    [Test]
    public void ASmallLogTerm_BesideALargeLinearOne_IsStillALogFactor()
    {
        // A tree walk costing 30 per node plus a sort of the levels costing 0.5·n·log n: the sort is a
        // fifth of the work at the top, and CPU time shows it as a flat ratio to an O(n) reference.
        var points = Counted(n => (30 * n) + (0.5 * n * Math.Log2(n)), 0.002, seed: 7, complete: true);

        var fit = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;

        Assert.That((fit.Class?.Name, fit.Confident), Is.EqualTo(("O(n log n)", true)), $"below misses by {fit.BelowMisfit:0.0000}, tolerance {fit.Tolerance:0.0000}");
    }

    [Test]
    public void LinearWithAFixedCostAndALogTerm_IsLinear()
    {
        // Reading a header costs a constant, a binary search over a fixed table log n: still O(n).
        var points = Counted(n => 500 + (12 * Math.Log2(n)) + (3 * n), 0.002, seed: 3, complete: true);

        var fit = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;

        Assert.That((fit.Class?.Name, fit.Confident), Is.EqualTo(("O(n)", true)));
    }

    [Test]
    public void ANegativeLowerTerm_IsNoLogFactor()
    {
        // Pairs j < i, minus a window never searched: n²/2 − 2·n·log n. The ratio per doubling falls
        // towards 4 from above, which a non-negative lower term can only explain as n² log n
        // (the bank's split-quadratic.cs was read so, confidently).
        var points = Counted(n => (n * n / 2.0) - (2 * n * Math.Log2(n)), 0.001, seed: 11, complete: true);

        var fit = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;

        Assert.That((fit.Class?.Name, fit.Confident), Is.EqualTo(("O(n^2)", true)), $"misfit {fit.Misfit:0.0000}, above misses by {fit.AboveMisfit:0.0000}");
    }

    [Test]
    public void CountsThatScatterWidelyBetweenInputs_SayNothing()
    {
        // Label propagation on random grids: iterations differ by input, ±40 % at one size.
        var points = Counted(n => 20 * n * Math.Sqrt(n), 0.4, seed: 12, complete: true);

        Assert.That(OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points), Is.Null);
    }

    [Test]
    public void ScatteredCounts_DoNotRuleOutALogFactorMore()
    {
        // ±2 % between inputs: O(n) fits within the tolerance, and so would the pure n log n curve.
        var points = Counted(n => 10 * n, 0.02, seed: 13, complete: true);

        var fit = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;

        Assert.Multiple(() =>
        {
            Assert.That(fit.Class?.Name, Is.EqualTo("O(n)"));
            Assert.That(fit.AtLeast, Is.True, "O(log n) is ruled out");
            Assert.That(fit.Confident, Is.EqualTo(fit.AboveMisfit >= OperationCountFitter.ConfidentMargin * fit.Tolerance));
        });
    }

    [Test]
    public void APointsCount_IsComplete_WhenItsCountedSamplesAre()
    {
        // Python, JavaScript and Java count one sample per size; the others carry no count and say nothing.
        List<ProbePoint> size = [new(64, 0.2), new(64, 0.1) { Ops = 640, OpsComplete = true }, new(64, 0.3)];
        List<ProbePoint> hidden = [new(128, 0.4) { Ops = 1280, OpsComplete = false }, new(128, 0.5)];
        List<ProbePoint> uncounted = [new(256, 0.8)];

        var points = ComplexityFitter.MinimumPerSize([.. size, .. hidden, .. uncounted]);

        Assert.That(points.Select(p => (p.N, p.Ops, p.OpsComplete)), Is.EqualTo(new[] { (64L, (double?)640, true), (128L, 1280, false), (256L, null, false) }));
    }

    [Test]
    public void TooFewOrTooNarrowSizes_SayNothing()
    {
        var few = Counted(n => n, 0, seed: 1, complete: true).Where(p => p.N <= 64).ToList();
        var narrow = Counted(n => n, 0, seed: 1, complete: true).Where(p => p.N >= 4096).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(few), few), Is.Null);
            Assert.That(OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(narrow), narrow), Is.Null);
        });
    }

    [Test]
    public void CompleteCounts_SettleWhatTheTimesLeaveOpen()
    {
        // Times: flat against an O(n) reference (cache drift and a small sort cannot be told apart).
        var submission = Timed(n => 1e-4 * n, Counted(n => (30 * n) + (0.5 * n * Math.Log2(n)), 0.002, seed: 2, complete: true));
        var reference = Timed(n => 1e-4 * n, Counted(n => 20 * n, 0.001, seed: 4, complete: true));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.That((result.Detected, result.Confident), Is.EqualTo(("O(n log n)", true)), $"{result.Rule}: {result.Reason}");
    }

    [Test]
    public void WithoutCounts_TheTimesAnswerAsBefore()
    {
        var submission = Timed(n => 1e-4 * n, Counted(n => n, 0, seed: 2, complete: true)).Select(p => p with { Ops = null }).ToList();
        var reference = Timed(n => 1e-4 * n, Counted(n => n, 0, seed: 4, complete: true)).Select(p => p with { Ops = null }).ToList();

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.That(result.Rule, Is.Not.EqualTo(FitRules.CountsTentative).And.Not.EqualTo(FitRules.CountsLowerBound).And.Not.EqualTo(FitRules.CountsDisagree));
    }

    [Test]
    public void CompleteCounts_AgainstConfidentTimesAPowerAway_AreUndetermined()
    {
        // Counts say O(n) (memmove of a shifting insert not charged, say), times clearly say O(n^2).
        var submission = Timed(n => 1e-7 * n * n, Counted(n => 10 * n, 0.001, seed: 5, complete: true));
        var reference = Timed(n => 1e-4 * n, Counted(n => 20 * n, 0.001, seed: 6, complete: true));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That(result.Detected, Is.Null);
            Assert.That(result.Rule, Is.EqualTo(FitRules.CountsDisagree));
            Assert.That(result.Alternatives, Is.EquivalentTo(new[] { "O(n)", "O(n^2)" }));
        });
    }

    [Test]
    public void IncompleteCounts_AreALowerBound()
    {
        // Counted loops show n log n, a library sort unseen: the times' "O(n)" is ruled out, never raised past what they allow.
        var reference = Timed(n => 1e-4 * n, Counted(n => 20 * n, 0.001, seed: 6, complete: true));
        var atLeastLinearithmic = Timed(n => 1e-4 * n, Counted(n => 3 * n * Math.Log2(n), 0.002, seed: 7, complete: false));
        var atLeastLinear = Timed(n => 1e-4 * n, Counted(n => 3 * n, 0.002, seed: 8, complete: false));

        var raised = ComplexityFitter.FitAgainstReference(atLeastLinearithmic, reference, "O(n)");
        var kept = ComplexityFitter.FitAgainstReference(atLeastLinear, reference, "O(n)");
        var timesOnly = ComplexityFitter.FitAgainstReference([.. atLeastLinear.Select(p => p with { Ops = null })], reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That(raised.Detected, Is.EqualTo("O(n log n)"), $"{raised.Rule}: {raised.Reason}");
            Assert.That(raised.Rule, Is.EqualTo(FitRules.CountsLowerBound).Or.Null);
            Assert.That((kept.Detected, kept.Confident, kept.Rule), Is.EqualTo((timesOnly.Detected, timesOnly.Confident, timesOnly.Rule)));
        });
    }

    [Test]
    public void AReferenceWhoseCountsMissItsClass_DemotesTheCountsToALowerBound()
    {
        // The reference is declared O(n log n) but its counts grow like n: the counter misses this task's
        // sort. A submission counted at O(n) must not be confidently O(n) on that evidence.
        var reference = Timed(n => 1e-5 * n * Math.Log2(n), Counted(n => 20 * n, 0.001, seed: 9, complete: true));
        var submission = Timed(n => 1e-5 * n * Math.Log2(n), Counted(n => 25 * n, 0.001, seed: 10, complete: true));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n log n)");

        Assert.That(result is { Detected: "O(n)", Confident: true }, Is.False, $"{result.Detected} {result.Confident} {result.Rule}");
    }

    [Test]
    public void ALogFactorUnderALargeLinearTerm_IsFound_ThoughInputsScatter()
    {
        // An LRU cache on a sorted dictionary: a hash lookup per operation beside a tree walk, ±3 % between
        // inputs. The tolerance follows the error of each size's median of five, not the spread of one count,
        // so the n model's misfit (~10 %) rules O(n) out.
        var points = Counted(n => (3 * n) + (n * Math.Log2(n)), 0.03, seed: 15, complete: true);

        var fit = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;

        Assert.That((fit.Class?.Name, fit.AtLeast, fit.Confident), Is.EqualTo(("O(n log n)", true, true)), $"below misses by {fit.BelowMisfit:0.000}, tolerance {fit.Tolerance:0.000}");
    }

    [Test]
    public void CountsThatCannotRuleOutALogFactorMore_AreTheBetterGuess_WhenTheTimesCannotChoose()
    {
        // ±10 % between inputs: n² fits, pure n² log n would miss by less than three tolerances.
        var points = Counted(n => n * n, 0.1, seed: 14, complete: true).Where(p => p.N <= 4096).ToList();
        var counts = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;
        var undecided = new FitResult(null, false, ["O(n^2)", "O(n^2 log n)"], 3, false, points);
        var timesSayMore = new FitResult("O(n^2 log n)", false, ["O(n^2)", "O(n^2 log n)"], 7, true, points);

        var guessed = ComplexityFitter.WithCounts(undecided, counts);
        var followed = ComplexityFitter.WithCounts(timesSayMore, counts);

        Assert.Multiple(() =>
        {
            Assert.That((counts.Class?.Name, counts.AtLeast, counts.Confident), Is.EqualTo(("O(n^2)", true, false)), $"above misses by {counts.AboveMisfit:0.000}, tolerance {counts.Tolerance:0.000}");
            Assert.That((guessed.Detected, guessed.Confident, guessed.Rule), Is.EqualTo(("O(n^2)", false, FitRules.CountsTentative)));
            Assert.That((followed.Detected, followed.Confident), Is.EqualTo(("O(n^2 log n)", false)));
        });
    }

    [Test]
    public void ExactButIncompleteCounts_AreProbablyTheClass_WhenTheTimesAllowIt()
    {
        var points = Counted(n => 3 * n * n, 0.001, seed: 15, complete: false);
        var counts = OperationCountFitter.Fit(ComplexityFitter.MinimumPerSize(points), points)!;
        var undecided = new FitResult(null, false, ["O(n^2)", "O(n^2 log n)"], 3, false, points);
        var confidentTimes = new FitResult("O(n^2 log n)", true, ["O(n^2 log n)"], 12, false, points);

        var guessed = ComplexityFitter.WithCounts(undecided, counts);
        var kept = ComplexityFitter.WithCounts(confidentTimes, counts);

        Assert.Multiple(() =>
        {
            Assert.That((counts.Class?.Name, counts.Confident, counts.Complete), Is.EqualTo(("O(n^2)", true, false)));
            Assert.That((guessed.Detected, guessed.Confident, guessed.Rule), Is.EqualTo(("O(n^2)", false, FitRules.CountsLowerBound)));
            Assert.That(kept, Is.SameAs(confidentTimes), "unseen calls may be the log factor the times are sure of");
        });
    }

    /// <summary>Five samples per size, each count scattered by up to ±<paramref name="scatter"/>.</summary>
    private static List<ProbePoint> Counted(Func<double, double> ops, double scatter, int seed, bool complete)
    {
        var random = new Random(seed);
        return [.. Sizes.SelectMany(n => Enumerable.Range(0, 5).Select(_ => new ProbePoint(n, 1)
        {
            Ops = Math.Round(ops(n) * (1 + (scatter * ((2 * random.NextDouble()) - 1)))),
            OpsComplete = complete,
        }))];
    }

    /// <summary>The same samples with CPU times from <paramref name="cpuMs"/> (±1 %).</summary>
    private static List<ProbePoint> Timed(Func<double, double> cpuMs, List<ProbePoint> counted)
    {
        var random = new Random(99);
        return [.. counted.Select(p => p with { CpuMs = cpuMs(p.N) * (1 + (0.01 * random.NextDouble())) })];
    }
}
