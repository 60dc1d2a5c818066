using System.Text.RegularExpressions;
using Judge.Core.Integrity;
using Judge.Problems.Loading;
using Judge.Problems.Model;

namespace Judge.Tests.Integrity;

/// <summary>
/// Similarity on real solutions of the bank: disguised copies in <c>cases/</c> (renamed names,
/// reformatted, re-commented, helpers reordered) against independently written correct solutions.
/// </summary>
[TestFixture]
public sealed class SimilarityDetectorTests
{
    private static readonly ProblemBank Bank = ProblemBank.Load(ProblemBank.DefaultDirectory);

    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "Integrity", "cases");

    private static readonly (string Task, string Language, string File)[] Copies =
    [
        ("count-islands", "csharp", "count-islands.copy.cs"),
        ("count-islands", "python", "count-islands.copy.py"),
        ("count-islands", "java", "count-islands.copy.java"),
        ("count-islands", "cpp", "count-islands.copy.cpp"),
        ("lru-cache", "javascript", "lru-cache.copy.js"),
    ];

    private static readonly (string Task, string Language, string File)[] Independent =
    [
        ("count-islands", "csharp", "count-islands.independent.cs"),
        ("count-islands", "python", "count-islands.independent.py"),
        ("count-islands", "java", "count-islands.independent.java"),
        ("count-islands", "cpp", "count-islands.independent.cpp"),
        ("count-islands", "javascript", "count-islands.independent.js"),
        ("lru-cache", "javascript", "lru-cache.independent.js"),
        ("max-subarray", "python", "max-subarray.independent.py"),
        ("max-subarray", "javascript", "max-subarray.independent.js"),
    ];

    private static readonly Dictionary<string, string> Extensions = new()
    {
        ["csharp"] = "cs",
        ["python"] = "py",
        ["java"] = "java",
        ["cpp"] = "cpp",
        ["javascript"] = "js",
    };

    /// <summary>Correct solutions of the bank with another algorithm than the reference (declared TIMEOUT: right answers, too slow).</summary>
    private static IEnumerable<(string Task, string Language, string File)> BankAlternatives() =>
        Bank.All.SelectMany(p => p.Solutions.Where(s => s.Expect == "TIMEOUT").Select(s => (p.Id, s.Language, s.File)));

    private static IEnumerable<(string Task, string Language)> TasksAndLanguages() =>
        Bank.All.SelectMany(p => Extensions.Keys.Select(l => (p.Id, l)));

    private static SimilarityDetector DetectorFor(string task, string language) =>
        new(language, SkeletonRenderer.All(Bank.Find(task)!.Signature)[language]);

    private static string Reference(string task, string language) =>
        File.ReadAllText(Path.Combine(ProblemBank.DefaultDirectory, task, "solutions", $"reference.{Extensions[language]}"));

    private static SimilarityReport CompareWithReference(string task, string language, string path) =>
        DetectorFor(task, language).Compare(Reference(task, language), File.ReadAllText(path));

    [TestCaseSource(nameof(Copies))]
    public void Copy_IsFlagged_WhenNamesRenamedAndCodeReformatted((string Task, string Language, string File) copy)
    {
        var report = CompareWithReference(copy.Task, copy.Language, Path.Combine(Cases, copy.File));
        Assert.Multiple(() =>
        {
            Assert.That(report.Flagged, Is.True, $"score {report.Score:F2}");
            Assert.That(report.Score, Is.GreaterThanOrEqualTo(0.75));
        });
    }

    [TestCaseSource(nameof(Independent))]
    public void IndependentSolution_IsNotFlagged((string Task, string Language, string File) other)
    {
        var report = CompareWithReference(other.Task, other.Language, Path.Combine(Cases, other.File));
        Assert.That(report.Flagged, Is.False, $"score {report.Score:F2}, {report.MatchedTokens} tokens matched");
    }

    [TestCaseSource(nameof(BankAlternatives))]
    public void BankSolutionWithAnotherAlgorithm_IsNotFlagged((string Task, string Language, string File) other)
    {
        var report = CompareWithReference(other.Task, other.Language, Path.Combine(ProblemBank.DefaultDirectory, other.Task, other.File));
        Assert.That(report.Flagged, Is.False, $"score {report.Score:F2}");
    }

    [TestCaseSource(nameof(TasksAndLanguages))]
    public void Skeleton_SharedByEveryone_IsNotAMatch((string Task, string Language) task)
    {
        var detector = DetectorFor(task.Task, task.Language);
        var skeleton = SkeletonRenderer.All(Bank.Find(task.Task)!.Signature)[task.Language];
        var reference = Reference(task.Task, task.Language);
        Assert.Multiple(() =>
        {
            Assert.That(detector.Compare(skeleton, reference).Score, Is.Zero);
            Assert.That(detector.Compare(skeleton, skeleton).Flagged, Is.False);
            Assert.That(detector.Compare(reference, reference).Flagged, Is.True, "the reference against itself");
        });
    }

    [Test]
    public void Copy_InCSharp_MatchesTheWholeMethodAsOneRegion()
    {
        var report = CompareWithReference("count-islands", "csharp", Path.Combine(Cases, "count-islands.copy.cs"));
        Assert.That(report.Regions.Select(Lines), Is.EqualTo(new[] { (1, 46, 3, 38) }));
    }

    [Test]
    public void Copy_InJava_MatchesFromTheFirstSharedStatementToTheEnd()
    {
        // The copy declares rows and columns in one statement (its line 5); the match starts where the two agree again.
        var report = CompareWithReference("count-islands", "java", Path.Combine(Cases, "count-islands.copy.java"));
        Assert.That(report.Regions.Select(Lines), Is.EqualTo(new[] { (8, 45, 5, 31) }));
    }

    [Test]
    public void Copy_InPython_IsCutOnlyWhereALibraryNameWasRenamed()
    {
        // Reference line 17 aliases stack.pop as `pop` (a library name, kept); the copy calls it `take` (a name, normalised).
        var report = CompareWithReference("count-islands", "python", Path.Combine(Cases, "count-islands.copy.py"));
        Assert.That(report.Regions.Select(Lines), Is.EqualTo(new[] { (3, 16, 1, 15), (19, 26, 18, 25) }));
    }

    [Test]
    public void Copy_InCpp_IsMatchedAroundTheStatementsItRewrote()
    {
        // The copy dropped braces around `continue` (reference 13-15) and merged the two declarations of lines 7-8.
        var report = CompareWithReference("count-islands", "cpp", Path.Combine(Cases, "count-islands.copy.cpp"));
        Assert.That(report.Regions.Select(Lines), Is.EqualTo(new[] { (8, 13, 6, 11), (20, 23, 15, 17), (28, 38, 20, 30) }));
    }

    [Test]
    public void Copy_InJavaScript_WithHelpersSwappedAndRenamed_MatchesEachHelperToItsCounterpart()
    {
        // Reference: unlink at 14-17, pushFront at 18-23. Copy: toFront at 14-19, detach at 20-23.
        var report = CompareWithReference("lru-cache", "javascript", Path.Combine(Cases, "lru-cache.copy.js"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Regions, Has.Some.Matches<MatchedRegion>(r => Within(r.A, 14, 17) && Within(r.B, 20, 23)), "unlink ↔ detach");
            Assert.That(report.Regions, Has.Some.Matches<MatchedRegion>(r => Within(r.A, 18, 23) && Within(r.B, 14, 19)), "pushFront ↔ toFront");
            Assert.That(report.Regions, Has.Some.Matches<MatchedRegion>(r => r.A.StartLine <= 30 && r.A.EndLine >= 48 && r.B.StartLine <= 30 && r.B.EndLine >= 47), "the main loop");
        });
    }

    [Test]
    public void TinySolution_RenamedCopy_IsFlagged()
    {
        // max-subarray's Python reference is 43 tokens: just over the minimum of matched tokens.
        var reference = Reference("max-subarray", "python");
        var renamed = Regex.Replace(reference, @"\b(best|current|x|a)\b", m => m.Value + "_v2") + "\n# mine\n";
        var report = DetectorFor("max-subarray", "python").Compare(reference, renamed);
        Assert.Multiple(() =>
        {
            Assert.That(report.Flagged, Is.True);
            Assert.That(report.Regions.Select(Lines), Is.EqualTo(new[] { (1, 6, 1, 6) }));
        });
    }

    [Test]
    public void Compare_IsSymmetricInScoreAndMirroredInRegions()
    {
        var detector = DetectorFor("lru-cache", "javascript");
        var copy = File.ReadAllText(Path.Combine(Cases, "lru-cache.copy.js"));
        var forward = detector.Compare(Reference("lru-cache", "javascript"), copy);
        var backward = detector.Compare(copy, Reference("lru-cache", "javascript"));
        Assert.Multiple(() =>
        {
            Assert.That(backward.Score, Is.EqualTo(forward.Score).Within(1e-9));
            Assert.That(backward.Regions.Select(r => (r.B, r.A)).OrderBy(p => p.B.StartLine), Is.EqualTo(forward.Regions.Select(r => (r.A, r.B)).OrderBy(p => p.A.StartLine)));
        });
    }

    [Test]
    public void Scores_LeaveAMarginOnBothSidesOfTheThreshold()
    {
        var copies = Copies.Select(c => (c.File, CompareWithReference(c.Task, c.Language, Path.Combine(Cases, c.File)).Score)).ToList();
        var independent = Independent.Select(c => (c.File, CompareWithReference(c.Task, c.Language, Path.Combine(Cases, c.File)).Score))
            .Concat(BankAlternatives().Select(c => (c.File, CompareWithReference(c.Task, c.Language, Path.Combine(ProblemBank.DefaultDirectory, c.Task, c.File)).Score)))
            .ToList();
        foreach (var (file, score) in copies.Select(c => ("copy " + c.File, c.Score)).Concat(independent.Select(c => ("independent " + c.File, c.Score))))
        {
            TestContext.Out.WriteLine($"{file,-50} {score:F2}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(copies.Min(c => c.Score), Is.GreaterThanOrEqualTo(SimilarityOptions.DefaultThreshold + 0.15));
            Assert.That(independent.Max(c => c.Score), Is.LessThanOrEqualTo(SimilarityOptions.DefaultThreshold - 0.05));
        });
    }

    [Test]
    public void Detector_RejectsAnUnknownLanguage() =>
        Assert.That(() => new SimilarityDetector("cobol"), Throws.ArgumentException);

    private static (int, int, int, int) Lines(MatchedRegion r) => (r.A.StartLine, r.A.EndLine, r.B.StartLine, r.B.EndLine);

    private static bool Within(SourceRange range, int first, int last) => range.StartLine >= first && range.EndLine <= last;
}
