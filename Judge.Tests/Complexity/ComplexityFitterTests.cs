using Judge.Problems.Model;
using Judge.Worker.Complexity;

namespace Judge.Tests.Complexity;

/// <summary>
/// Synthetic sweeps that mimic the probes: sizes ×2, a fixed overhead, multiplicative noise from a
/// seeded Random, and optionally the memory-hierarchy drift that fools absolute fits.
/// </summary>
[TestFixture]
public sealed class ComplexityFitterTests
{
    private static readonly string[] PolynomialClasses = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^2 log n)", "O(n^3)"];

    [Test]
    public void Classes_AreNamedAsTheSpecNamesThem() =>
        Assert.That(ComplexityClass.All.Select(c => c.Name), Is.EqualTo(ComplexitySpec.Classes));

    [TestCaseSource(nameof(AllClassNames))]
    public void Fit_RecoversEachClassConfidently_OnCleanData(string name)
    {
        var c = ComplexityClass.Find(name)!;
        var sizes = SizesFor(c);
        var result = ComplexityFitter.Fit(Sweep(WithOverhead(c, 1e-3, sizes[0]), sizes, 0, new Random(1)));

        Assert.Multiple(() =>
        {
            Assert.That(result.Detected, Is.EqualTo(name));
            Assert.That(result.Confident, Is.True);
            Assert.That(result.WantsMoreSizes, Is.False);
        });
    }

    [Test]
    public void Fit_TellsLinearFromLinearithmic_AtThreePercentNoise(
        [Values("O(n)", "O(n log n)")] string name, [Range(1, 10)] int seed)
    {
        var c = ComplexityClass.Find(name)!;
        var sizes = Doubling(64, 65536);
        var result = ComplexityFitter.Fit(Sweep(WithOverhead(c, 1e-4, sizes[0]), sizes, 0.03, new Random(seed)));

        Assert.That((result.Detected, result.Confident), Is.EqualTo((name, true)), Describe(result));
    }

    [Test]
    public void Fit_PureNoiseOnAConstant_IsConstant()
    {
        // A chance wiggle sometimes looks like slight growth; then "undetermined: O(1) or ..." is the honest answer.
        var results = Enumerable.Range(1, 100)
            .Select(seed => ComplexityFitter.Fit(Sweep(_ => 5, Doubling(64, 65536), 0.03, new Random(seed))))
            .ToList();
        var constant = results.Count(r => r.Confident && r.Detected == "O(1)");
        TestContext.Out.WriteLine($"pure noise (±3 %) on a constant: {constant}/100 confidently O(1), the rest undetermined");

        Assert.Multiple(() =>
        {
            Assert.That(results.Where(r => r.Confident && r.Detected != "O(1)").Select(Describe), Is.Empty);
            Assert.That(constant, Is.GreaterThanOrEqualTo(90));
        });
    }

    [Test]
    public void Fit_TakesTheMinimumPerSize()
    {
        // Five rounds per size where noise only adds time: the fit sees the clean minimum.
        var random = new Random(3);
        var sizes = Doubling(64, 65536);
        var points = sizes.SelectMany(n => Enumerable.Range(0, 5).Select(r =>
            new ProbePoint(n, (1 + (1e-3 * n)) * (r == 2 ? 1 : 1 + (0.2 * random.NextDouble()))))).ToList();

        var result = ComplexityFitter.Fit(points);

        Assert.Multiple(() =>
        {
            Assert.That(result.Points.Select(p => p.N), Is.EqualTo(sizes));
            Assert.That(result.Points.Select(p => p.CpuMs), Is.EqualTo(sizes.Select(n => 1 + (1e-3 * n))).Within(1e-12));
            Assert.That((result.Detected, result.Confident), Is.EqualTo(("O(n)", true)));
        });
    }

    [Test]
    public void Fit_FewerThanFourSizes_IsUndetermined()
    {
        // Many points, but only three sizes.
        var points = Sweep(n => 1e-3 * n, [1024, 2048, 4096], 0.01, new Random(1), rounds: 5);

        var result = ComplexityFitter.Fit(points);

        Assert.Multiple(() =>
        {
            Assert.That(result.Detected, Is.Null);
            Assert.That(result.Confident, Is.False);
            Assert.That(result.WantsMoreSizes, Is.True);
            Assert.That(result.Points, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void FitClasses_ClassesWithNonPositiveSlope_AreIneligible()
    {
        // Time falling with n (e.g. a constant cost amortised over n): no growing class fits with b > 0.
        var points = Sweep(n => 10 + (1000 / n), Doubling(64, 65536), 0, new Random(1));

        var fits = ComplexityFitter.FitClasses(points);
        var result = ComplexityFitter.Fit(points);

        Assert.Multiple(() =>
        {
            Assert.That(fits.Where(f => !f.Class.IsConstant), Has.All.Matches<ClassFit>(f => f.B <= 0 && !f.Eligible));
            // O(1) is then the only eligible class, but it misses the data by far more than noise would.
            Assert.That((result.Detected, result.Alternatives), Is.EqualTo(((string?)null, new[] { "O(1)" })));
        });
    }

    [Test]
    public void Fit_NeverFitsExponential_OnLargeSizes()
    {
        // 2^2048 overflows a double; the class must not even be tried.
        var sizes = Doubling(8, 2048);
        var points = Sweep(n => 1e-9 * n * n * n, sizes, 0, new Random(1));

        var fits = ComplexityFitter.FitClasses(points);
        var result = ComplexityFitter.Fit(points);

        Assert.Multiple(() =>
        {
            Assert.That(fits.Select(f => f.Class.Name), Does.Not.Contain("O(2^n)"));
            Assert.That(fits.Select(f => f.Bic), Has.All.Not.NaN);
            Assert.That((result.Detected, result.Confident), Is.EqualTo(("O(n^3)", true)));
        });
    }

    [Test]
    public void Fit_PrefersAPolynomial_OverExponential_OnSmallSizes()
    {
        // Sizes small enough for 2^n to be tried; cubic data must still read as cubic.
        var result = ComplexityFitter.Fit(Sweep(n => 1 + (1e-3 * n * n * n), [4, 8, 12, 16, 24, 32, 48, 64], 0.02, new Random(2)));

        Assert.That(result.Detected, Is.EqualTo("O(n^3)"));
    }

    [Test]
    public void FitAgainstReference_CacheStepLinear_IsLinear_WhenTheReferenceHasTheSameStep([Range(1, 10)] int seed)
    {
        // Per-element cost doubles beyond n = 16384 (data outgrows the cache) in both programs.
        var random = new Random(seed);
        var sizes = Doubling(64, 65536);
        var submission = Sweep(CacheStep(2e-4), sizes, 0.03, random, rounds: 5);
        var reference = Sweep(CacheStep(1e-4), sizes, 0.03, random, rounds: 5);

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");
        var absolute = ComplexityFitter.Fit(submission);
        TestContext.Out.WriteLine($"absolute fit of the same sweep: {Describe(absolute)}; against the reference: {Describe(result)}");

        // Same class as the reference: named, though only as a best guess (see FitAgainstReference).
        Assert.That(result.Detected, Is.EqualTo("O(n)"), Describe(result));
    }

    [TestCase("O(n)", "O(n^2)", "O(n^2)")]
    [TestCase("O(n)", "O(n log n)", "O(n log n)")]
    [TestCase("O(n log n)", "O(n^2 log n)", "O(n^2 log n)")]
    [TestCase("O(n^2)", "O(n^3)", "O(n^3)")]
    [TestCase("O(log n)", "O(log n)", "O(log n)")]
    public void FitAgainstReference_MultipliesTheReferenceClass_ByTheRatiosClass(string referenceClass, string submissionClass, string expected)
    {
        var random = new Random(7);
        var sizes = SizesFor(ComplexityClass.Find(submissionClass)!);
        var submission = Sweep(WithOverhead(ComplexityClass.Find(submissionClass)!, 1e-5, sizes[0]), sizes, 0.01, random, rounds: 5);
        var reference = Sweep(WithOverhead(ComplexityClass.Find(referenceClass)!, 3e-4, sizes[0]), sizes, 0.01, random, rounds: 5);

        var result = ComplexityFitter.FitAgainstReference(submission, reference, referenceClass);

        // A power of n apart is confident; within a log factor of the reference only a best guess.
        var confident = ComplexityClass.Find(expected)!.Power != ComplexityClass.Find(referenceClass)!.Power;
        Assert.That((result.Detected, result.Confident), Is.EqualTo((expected, confident)), Describe(result));
    }

    [Test]
    public void FitAgainstReference_SmallLogFactorRise_IsATentativeLogFactor()
    {
        // ratio = 20 + log2 n: growing by only ~16 % across the sizes, which cache drift can fake, but
        // nearer a log factor (≥ 20 %) than the same class (0 %): a best guess, never confident.
        var sizes = Doubling(64, 65536);
        var submission = Sweep(n => 1e-4 * n * (20 + Math.Log2(n)), sizes, 0.005, new Random(1));
        var reference = Sweep(n => 1e-4 * n, sizes, 0.005, new Random(2));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That((result.Detected, result.Confident), Is.EqualTo(("O(n log n)", false)));
            Assert.That(result.Alternatives, Is.EquivalentTo(new[] { "O(n)", "O(n log n)" }));
            Assert.That(result.Rule, Is.EqualTo(FitRules.RatioDecided));
        });
    }

    [Test]
    public void FitAgainstReference_ContradictingAConfidentAbsoluteFit_IsUndetermined()
    {
        // A mislabelled reference: its times are quadratic but it is declared O(n). The flat ratio says
        // O(n), the absolute fit confidently says O(n^2): more than a log factor apart.
        var sizes = Doubling(8, 8192);
        var submission = Sweep(n => 1e-6 * n * n, sizes, 0.01, new Random(1));
        var reference = Sweep(n => 2e-6 * n * n, sizes, 0.01, new Random(2));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That(result.Detected, Is.Null);
            Assert.That(result.Alternatives, Is.EquivalentTo(new[] { "O(n)", "O(n^2)" }));
        });
    }

    [TestCase(1e-8)]
    [TestCase(1e-7)]
    [TestCase(1e-6)]
    public void FitAgainstReference_CheapTermGivingWayToAQuadraticOne_IsNeverConfidentlyAnotherClass(double quadratic)
    {
        // c1·n + c2·n² (word-break scanning every earlier cut): over the sweep the local exponent
        // still rises from 1 towards 2, which mimics a log factor; the only confident answer allowed is O(n^2).
        var sizes = Doubling(64, 32768);
        var submission = Sweep(n => (1e-3 * n) + (quadratic * n * n), sizes, 0.01, new Random(3));
        var reference = Sweep(n => 1e-4 * n, sizes, 0.01, new Random(4));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.That(result.Confident && result.Detected != "O(n^2)", Is.False, Describe(result));
    }

    [Test]
    public void FitAgainstReference_SaturatingTermFakingALogFactor_IsNotConfident([Range(1, 5)] int seed)
    {
        // n² windows, each checked in min(n, 26) steps (longest-first substring search): the exponent
        // falls from 3 to 2 over the sweep, which relative weighting reads as n² log n.
        var sizes = Doubling(32, 4096);
        var submission = Sweep(n => 1e-6 * n * n * Math.Min(n, 26), sizes, 0.01, new Random(seed));
        var reference = Sweep(n => 1e-5 * n, sizes, 0.01, new Random(seed + 100));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.That(result.Confident && result.Detected != "O(n^2)", Is.False, Describe(result));
    }

    [Test]
    public void FitAgainstReference_TrueQuadraticLog_StaysConfident([Range(1, 5)] int seed)
    {
        // The falling-exponent rule must leave a real log factor alone: n² log n falls by only ≈ 0.04.
        var sizes = Doubling(32, 4096);
        var submission = Sweep(n => 1e-6 * n * n * Math.Log2(n), sizes, 0.01, new Random(seed));
        var reference = Sweep(n => 1e-5 * n, sizes, 0.01, new Random(seed + 100));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.That(result.Rule, Is.Not.EqualTo(FitRules.BendingDown), Describe(result) + " " + result.Reason);
    }

    [Test]
    public void FitAgainstReference_Undetermined_SaysWhy()
    {
        var submission = Sweep(n => 1e-3 * n, Doubling(64, 65536), 0.01, new Random(1));
        var reference = Sweep(n => 1e-3 * n, [64, 128, 256], 0.01, new Random(2));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That(result.Rule, Is.EqualTo(FitRules.FewCommonSizes));
            Assert.That(result.Reason, Does.Contain("only 2 of its sizes (n = 128…256)"), "the fit looks at the largest ten sizes, 128…65536");
        });
    }

    [Test]
    public void FitAgainstReference_RatioRisingFasterThanALogFactor_IsNotCalledALogFactor()
    {
        // ratio = 1 + n/512 against an O(n) reference over 16…8192: the ratio triples, which no log factor
        // can do over these sizes (log2 n goes from 6 to 11 between the halves' medians: +83 % at most).
        var sizes = Doubling(16, 8192);
        var submission = Sweep(n => 1e-4 * n * (1 + (n / 512.0)), sizes, 0.01, new Random(5));
        var reference = Sweep(n => 1e-4 * n, sizes, 0.01, new Random(6));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.That(result.Detected, Is.Not.EqualTo("O(n log n)"), Describe(result) + " " + result.Reason);
    }

    [Test]
    public void FitAgainstReference_ModestRiseAboveAnNLogNReference_IsTentativelyItsClass()
    {
        // n log n against an n log n reference whose cost per element drifts down by 15 % over the sizes
        // (the submission's drift is the reference's, inverted): no nameable class lies a log factor above n log n.
        var sizes = Doubling(256, 65536);
        var submission = Sweep(n => 1e-4 * n * Math.Log2(n), sizes, 0.005, new Random(7));
        var reference = Sweep(n => 1e-4 * n * Math.Log2(n) * (1 - (0.15 * Math.Log2(n / 256.0) / 8)), sizes, 0.005, new Random(8));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n log n)");

        Assert.Multiple(() =>
        {
            Assert.That((result.Detected, result.Confident), Is.EqualTo(("O(n log n)", false)), Describe(result) + " " + result.Reason);
            Assert.That(result.Rule, Is.EqualTo(FitRules.RatioDecided));
        });
    }

    [Test]
    public void FitAgainstReference_QuadraticTakingOverAtTheTop_IsFoundOnTheTopSizes([Range(1, 5)] int seed)
    {
        // c₁n + c₂n² crossing at n ≈ 500 (a recency list scanned per operation): over 64…32768 no single
        // a + b·g(n) fits within 20 %; over the top sizes the quadratic term dominates.
        var sizes = Doubling(64, 32768);
        var submission = Sweep(n => (2e-5 * n) + (4e-8 * n * n), sizes, 0.01, new Random(seed));
        var reference = Sweep(n => 2e-5 * n, sizes, 0.01, new Random(seed + 100));

        var full = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That(full.Confident && full.Detected != "O(n^2)", Is.False, Describe(full) + " " + full.Reason);
            Assert.That(full.Detected, Is.EqualTo("O(n^2)"), Describe(full) + " " + full.Rule + ": " + full.Reason);
        });
    }

    [Test]
    public void FitAgainstReference_SmoothQuarterQuadraticAtTheTop_IsNotTheSameClass_ButAScatteredFlatRatioIs()
    {
        // The top-slope guard scales with the ratio's own scatter: a smooth costlier term (a quarter of the
        // time at the largest size) still blocks "same class"; a flat ratio whose points scatter by ±10 %
        // (alternating, as cache steps do; its three-step slope is ±0.1) does not.
        var sizes = Doubling(256, 65536);
        var reference = Sweep(n => 1e-4 * n, sizes, 0, new Random(9));
        var tilted = Sweep(n => 1e-4 * n * (1 + (n / (3.0 * 65536))), sizes, 0.002, new Random(10));
        var scattered = Sweep(n => 1e-4 * n * (Math.Log2(n) % 2 == 0 ? 1.1 : 0.9), sizes, 0, new Random(11));

        var tiltedResult = ComplexityFitter.FitAgainstReference(tilted, reference, "O(n)");
        var scatteredResult = ComplexityFitter.FitAgainstReference(scattered, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That(tiltedResult.Detected, Is.Not.EqualTo("O(n)"), Describe(tiltedResult) + " " + tiltedResult.Reason);
            Assert.That((scatteredResult.Detected, scatteredResult.Confident), Is.EqualTo(("O(n)", false)), Describe(scatteredResult) + " " + scatteredResult.Reason);
        });
    }

    [Test]
    public void FitAgainstReference_UnknownReferenceClass_Throws() =>
        Assert.That(() => ComplexityFitter.FitAgainstReference([], [], "O(n!)"), Throws.ArgumentException);

    [Test]
    public void FitAgainstReference_FewerThanFourCommonSizes_IsAtMostTentative()
    {
        // Without the reference to cancel hardware effects, the absolute fit alone may not be confident.
        var submission = Sweep(n => 1e-3 * n, Doubling(64, 65536), 0.01, new Random(1));
        var reference = Sweep(n => 1e-3 * n, [64, 128, 256], 0.01, new Random(2));

        var result = ComplexityFitter.FitAgainstReference(submission, reference, "O(n)");

        Assert.Multiple(() =>
        {
            Assert.That((result.Detected, result.Confident, result.WantsMoreSizes), Is.EqualTo(("O(n)", false, true)));
            Assert.That(result.Alternatives, Is.EquivalentTo(new[] { "O(n)", "O(n log n)" }), "itself and its neighbour one log factor away");
        });
    }

    [Test]
    public void Fit_RandomPolynomialCases_AreNeverConfidentlyWrong()
    {
        var random = new Random(2026);
        var tally = new Tally();
        for (var i = 0; i < 200; i++)
        {
            var c = ComplexityClass.Find(PolynomialClasses[random.Next(PolynomialClasses.Length)])!;
            var sizes = SizesFor(c);
            var b = Math.Pow(10, -3 + (4 * random.NextDouble()));
            var a = 4 * random.NextDouble() * b * c.Growth(sizes[0]);
            var noise = 0.05 * random.NextDouble();
            var result = ComplexityFitter.Fit(Sweep(n => a + (b * c.Growth(n)), sizes, noise, random));
            tally.Add(c.Name, result, $"a={a:g3} b={b:g3} noise={noise:P1}");
        }

        TestContext.Out.WriteLine(tally);
        Assert.Multiple(() =>
        {
            Assert.That(tally.Wrong, Is.Empty);
            Assert.That(tally.Accuracy, Is.GreaterThanOrEqualTo(0.90));
        });
    }

    [Test]
    public void FitAgainstReference_RandomCasesWithCacheDrift_AreNeverConfidentlyWrong()
    {
        // Submission = reference class × factor; both share a per-element cost that ramps up by up to
        // 3× somewhere in the sweep. O(1) references are left out: they touch no data, share no drift,
        // and a ratio to a constant is just the absolute fit.
        string[] references = ["O(log n)", "O(n)", "O(n log n)", "O(n^2)"];
        string[] factors = ["O(1)", "O(log n)", "O(n)"];
        var random = new Random(2027);
        var tally = new Tally();
        var absoluteTally = new Tally();
        for (var i = 0; i < 200; i++)
        {
            var reference = ComplexityClass.Find(references[random.Next(references.Length)])!;
            var factor = ComplexityClass.Find(factors[random.Next(factors.Length)])!;
            var product = ComplexityClass.Product(reference, factor);
            if (product is null)
            {
                i--;
                continue;
            }
            var sizes = SizesFor(product);
            var start = Math.Pow(2, random.Next(3, 16));
            var end = start * Math.Pow(2, random.Next(0, 6));
            var factorAtEnd = 1 + (2 * random.NextDouble());
            double Drift(double n) => n <= start ? 1 : n >= end ? factorAtEnd : 1 + ((factorAtEnd - 1) * Math.Log(n / start) / Math.Log(end / start));
            var (b1, b2) = (Math.Pow(10, -2 + (3 * random.NextDouble())), Math.Pow(10, -2 + (3 * random.NextDouble())));
            var a1 = 2 * random.NextDouble() * b1 * product.Growth(sizes[0]);
            var a2 = 2 * random.NextDouble() * b2 * reference.Growth(sizes[0]);
            var noise = 0.03 * random.NextDouble();
            var submission = Sweep(n => a1 + (b1 * product.Growth(n) * Drift(n)), sizes, noise, random);
            var referencePoints = Sweep(n => a2 + (b2 * reference.Growth(n) * Drift(n)), sizes, noise, random);

            tally.Add(product.Name, ComplexityFitter.FitAgainstReference(submission, referencePoints, reference.Name), $"reference {reference}");
            absoluteTally.Add(product.Name, ComplexityFitter.Fit(submission), "");
        }

        TestContext.Out.WriteLine($"against the reference: {tally}");
        TestContext.Out.WriteLine($"absolute fit of the same sweeps (for comparison): {absoluteTally.Summary}");
        Assert.Multiple(() =>
        {
            Assert.That(tally.Wrong, Is.Empty);
            Assert.That(tally.Accuracy, Is.GreaterThanOrEqualTo(0.80));
        });
    }

    private static IEnumerable<string> AllClassNames() => ComplexitySpec.Classes;

    /// <summary>Typical probe sizes: ×2 up to 65536, smaller caps for slow classes; 2^n needs tiny, evenly spaced sizes.</summary>
    private static long[] SizesFor(ComplexityClass c) =>
        c.Exponential ? [8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]
        : c.Power == 3 ? Doubling(8, 1024)
        : c.Power == 2 ? Doubling(8, 8192)
        : Doubling(64, 65536);

    private static long[] Doubling(long from, long to)
    {
        var sizes = new List<long>();
        for (var n = from; n <= to; n *= 2)
            sizes.Add(n);
        return [.. sizes];
    }

    /// <summary>t = a + b·g(n) with the fixed overhead a equal to the variable cost at the smallest size.</summary>
    private static Func<double, double> WithOverhead(ComplexityClass c, double b, long smallest) =>
        c.IsConstant ? _ => b * 1000 : n => (b * c.Growth(smallest)) + (b * c.Growth(n));

    /// <summary>Linear, with the per-element cost doubling beyond n = 16384; overhead as in <see cref="WithOverhead"/>.</summary>
    private static Func<double, double> CacheStep(double b) => n => (b * 64) + (b * n * (n > 16384 ? 2 : 1));

    /// <summary>Each size timed <paramref name="rounds"/> times, each time off by up to ±<paramref name="noise"/>.</summary>
    private static List<ProbePoint> Sweep(Func<double, double> cost, IEnumerable<long> sizes, double noise, Random random, int rounds = 1) =>
        sizes.SelectMany(n => Enumerable.Range(0, rounds)
            .Select(_ => new ProbePoint(n, cost(n) * (1 + (noise * ((2 * random.NextDouble()) - 1))))))
            .ToList();

    private static string Describe(FitResult r) =>
        r.Detected is null ? $"undetermined: {string.Join(" or ", r.Alternatives)} (ΔBIC {r.DeltaBic:F1})"
        : $"{r.Detected}{(r.Confident ? "" : " (tentative)")} (ΔBIC {r.DeltaBic:F1})";

    /// <summary>
    /// Right = the class named (confident or tentative) is the true one, as bench-complexity counts it;
    /// wrong = confident and incorrect; a tentative wrong class and "undetermined" are counted apart.
    /// </summary>
    private sealed class Tally
    {
        private int _right;
        private int _tentativeWrong;
        private int _undetermined;

        public List<string> Wrong { get; } = [];

        public double Accuracy => (double)_right / (_right + _tentativeWrong + _undetermined + Wrong.Count);

        public string Summary =>
            $"{_right} right, {Wrong.Count} confidently wrong, {_tentativeWrong} tentatively wrong, {_undetermined} undetermined; accuracy {Accuracy:P1}";

        public void Add(string expected, FitResult result, string details)
        {
            if (result.Detected == expected)
                _right++;
            else if (result.Confident)
                Wrong.Add($"{expected} read as {result.Detected} ({details})");
            else if (result.Detected is not null)
                _tentativeWrong++;
            else
                _undetermined++;
        }

        public override string ToString() => string.Join(Environment.NewLine, [Summary, .. Wrong]);
    }
}
