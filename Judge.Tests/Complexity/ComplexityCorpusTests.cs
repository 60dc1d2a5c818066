using System.Text.Json.Nodes;
using Judge.Tests.Cli;

namespace Judge.Tests.Complexity;

/// <summary>
/// The complexity probe over the labelled corpus (Complexity/corpus/&lt;task&gt;/&lt;file&gt;, each labelled
/// by construction in its first line), in the real sandbox: it may say "undetermined", it must
/// never be confidently wrong, and its operation counts must fit the labels. The bank's own declared
/// classes are checked by `verify --complexity` in CI; accuracy and seconds per submission are figures of
/// `bench-complexity`, not assertions.
/// </summary>
[TestFixture]
public sealed class ComplexityCorpusTests
{
    [OneTimeSetUp]
    public Task RequireSandboxAsync() => TestEnvironment.RequireSandboxAsync();

    [Test]
    public async Task Corpus_IsNeverConfidentlyWrong()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "Complexity", "corpus");
        var output = Path.Combine(TestContext.CurrentContext.WorkDirectory, "complexity-corpus.txt");
        var (exit, stdout, log) = await WorkerCli.RunAsync(
            new Dictionary<string, string>(),
            ["bench-complexity", "--corpus", corpus, "--corpus-only", "--json", "--out", output],
            TimeSpan.FromMinutes(20));
        Assert.That(exit, Is.EqualTo(0), log);
        TestContext.AddTestAttachment(output, "the corpus table");
        var summary = JsonNode.Parse(stdout)!.AsObject();
        TestContext.Out.WriteLine(File.ReadAllText(output));
        Assert.Multiple(() =>
        {
            Assert.That(summary["solutions"]!.GetValue<int>(), Is.EqualTo(Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Count()), "every corpus file was probed");
            Assert.That(summary["languages"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(3));
            Assert.That(summary["confidentlyWrong"]!.GetValue<int>(), Is.Zero, () => "confidently wrong: " + summary["confidentlyWrongSolutions"]!.ToJsonString());
            // Something must be detected at all, or "never wrong" would hold by saying nothing. The floor
            // is below the bench's figure (100 % on a quiet machine, 2026-12-06) on purpose: CI runs loaded,
            // accuracy is the bench's figure, this catches a probe gone silent or a rule gone wrong.
            Assert.That(summary["right"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(summary["solutions"]!.GetValue<int>() * 3 / 4), File.ReadAllText(output));
            // Operation counts hardly depend on the machine's load: nearly every program is counted, and what
            // the counts alone fit is the label (44 of 44 counted, 44 fit, 2026-12-06).
            Assert.That(summary["counted"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(summary["solutions"]!.GetValue<int>() * 9 / 10), "programs counted");
            Assert.That(summary["countsAloneRight"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(summary["counted"]!.GetValue<int>() * 9 / 10), "counted programs whose counts alone fit their label");
        });
    }
}
