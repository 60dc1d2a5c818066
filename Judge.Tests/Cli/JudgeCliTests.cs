using System.Text.Json.Nodes;

namespace Judge.Tests.Cli;

/// <summary>
/// The `judge` command's contract, which CI and outside tools rely on: one JSON object on stdout
/// and exit 0 whenever judging completed; exit 2 and one line when it cannot judge.
/// </summary>
[TestFixture]
public sealed class JudgeCliTests
{
    [OneTimeSetUp]
    public Task RequireSandboxAsync() => TestEnvironment.RequireSandboxAsync();

    [Test]
    public async Task Judge_PrintsContractJson_AndExitsZero_WhenSolutionIsCorrect()
    {
        var (exit, stdout, stderr) = await RunAsync("--problem", "max-subarray", "--lang", "python", "--file", TestEnvironment.SubmissionPath("max-subarray", "correct.py"), "--json");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), "exactly one JSON object on stdout");
        var report = JsonNode.Parse(lines[0])!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(report.Select(p => p.Key), Is.SupersetOf(new[] { "problem", "language", "verdict", "score", "compile", "groups" }));
            Assert.That(report["problem"]!.GetValue<string>(), Is.EqualTo("max-subarray"));
            Assert.That(report["language"]!.GetValue<string>(), Is.EqualTo("python"));
            Assert.That(report["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(report["score"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "correctness", "performance", "total" }));
            Assert.That(report["score"]!["total"]!.GetValue<double>(), Is.EqualTo(100));
            Assert.That(report["compile"]!.AsObject().Select(p => p.Key), Is.EquivalentTo(new[] { "ok", "output" }));
            var group = report["groups"]![1]!.AsObject();
            Assert.That(group.Select(p => p.Key), Is.EquivalentTo(new[] { "name", "kind", "verdict", "tests" }));
            Assert.That(group["kind"]!.GetValue<string>(), Is.EqualTo("correctness"));
            Assert.That(group["tests"]![0]!.AsObject().Select(p => p.Key), Is.SupersetOf(new[] { "name", "verdict", "cpuMs", "wallMs", "memoryKb" }));
        });
    }

    /// <summary>
    /// --complexity adds the probe's object: the contract's shape, and its one promise, never
    /// confidently wrong (accuracy is measured by bench-complexity and the corpus test).
    /// </summary>
    [Test]
    public async Task Judge_WithComplexity_AddsTheProbe_AndIsNeverConfidentlyWrong()
    {
        var (exit, stdout, stderr) = await RunAsync("--problem", "max-subarray", "--lang", "python", "--file", TestEnvironment.SubmissionPath("max-subarray", "correct.py"), "--json", "--complexity");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var complexity = JsonNode.Parse(stdout)!["complexity"]!.AsObject();
        var detected = complexity["detected"]?.GetValue<string>();
        Assert.Multiple(() =>
        {
            // rule and reason come with an undetermined or tentative answer only.
            Assert.That(complexity.Select(p => p.Key).Except(["rule", "reason"]), Is.EquivalentTo(new[] { "expected", "detected", "confident", "alternatives", "points", "referencePoints", "reference" }));
            Assert.That(complexity["reason"] is not null, Is.EqualTo(!complexity["confident"]!.GetValue<bool>()), "a reason exactly when the answer is not confident");
            Assert.That(complexity["reference"]!.GetValue<string>(), Is.EqualTo("solutions/reference.py"), "compared with the task's reference in its own language");
            Assert.That(complexity["expected"]!.GetValue<string>(), Is.EqualTo("O(n)"));
            Assert.That(complexity["points"]!.AsArray(), Has.Count.GreaterThanOrEqualTo(4), "a linear solution finishes the sweep");
            // ops and opsComplete are optional: present where the language counted that size (Python does, while a call is cheap to trace).
            Assert.That(complexity["points"]![0]!.AsObject().Select(p => p.Key).Except(["ops", "opsComplete"]), Is.EquivalentTo(new[] { "n", "cpuMs" }));
            Assert.That(complexity["points"]!.AsArray().Count(p => p!["ops"] is not null), Is.GreaterThanOrEqualTo(3), "the probe counted operations at the small sizes");
            if (complexity["confident"]!.GetValue<bool>())
            {
                Assert.That(detected, Is.EqualTo("O(n)"), "a confident answer must be right");
            }
        });
    }

    /// <summary>
    /// A task with a second size parameter gets a second sweep, reported beside the main one in the
    /// same shape: range-sum-queries grows the queries over a fixed array.
    /// </summary>
    [Test]
    public async Task Judge_WithComplexity_AddsASweepPerExtraSizeParameter_AndIsNeverConfidentlyWrong()
    {
        var reference = Path.Combine(AppContext.BaseDirectory, "bank", "range-sum-queries", "solutions", "reference.py");
        var (exit, stdout, stderr) = await RunAsync("--problem", "range-sum-queries", "--lang", "python", "--file", reference, "--json", "--complexity");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var complexity = JsonNode.Parse(stdout)!["complexity"]!.AsObject();
        var sweeps = complexity["sweeps"]!.AsArray();
        Assert.That(sweeps, Has.Count.EqualTo(1));
        var sweep = sweeps[0]!.AsObject();
        var sizes = sweep["points"]!.AsArray().Select(p => p!["n"]!.GetValue<long>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sweep.Select(p => p.Key).Except(["rule", "reason"]), Is.EquivalentTo(new[] { "size", "expected", "detected", "confident", "alternatives", "points", "referencePoints" }));
            Assert.That(sweep["reason"] is not null, Is.EqualTo(!sweep["confident"]!.GetValue<bool>()), "a reason exactly when the answer is not confident");
            Assert.That(sweep["size"]!.GetValue<string>(), Is.EqualTo("queries.length"));
            Assert.That(sweep["expected"]!.GetValue<string>(), Is.EqualTo("O(n)"));
            Assert.That(sizes, Has.Count.GreaterThanOrEqualTo(4), "a linear solution finishes the sweep");
            Assert.That(sizes, Is.Ordered.Ascending.And.Unique);
            if (sweep["confident"]!.GetValue<bool>())
            {
                Assert.That(sweep["detected"]?.GetValue<string>(), Is.EqualTo("O(n)"), "a confident answer must be right");
            }

            if (complexity["confident"]!.GetValue<bool>())
            {
                Assert.That(complexity["detected"]?.GetValue<string>(), Is.EqualTo("O(n)"), "a confident answer must be right");
            }
        });
    }

    [TestCase("java", "correct.java")]
    [TestCase("cpp", "correct.cpp")]
    [TestCase("javascript", "correct.js")]
    public async Task Judge_ReturnsOk_ForCorrectSolutionInEachNewLanguage(string language, string file)
    {
        var (exit, stdout, stderr) = await RunAsync("--problem", "max-subarray", "--lang", language, "--file", TestEnvironment.SubmissionPath("max-subarray", file), "--json");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var report = JsonNode.Parse(stdout)!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(report["language"]!.GetValue<string>(), Is.EqualTo(language));
            Assert.That(report["verdict"]!.GetValue<string>(), Is.EqualTo("OK"), stdout);
            Assert.That(report["score"]!["total"]!.GetValue<double>(), Is.EqualTo(100));
        });
    }

    [Test]
    public async Task Judge_ExitsZeroWithFirstFailingVerdict_WhenSolutionIsWrong()
    {
        var (exit, stdout, stderr) = await RunAsync("--problem", "max-subarray", "--lang", "csharp", "--file", SolutionPath("int-overflow.cs"), "--json");
        Assert.That(exit, Is.EqualTo(0), stderr);
        var report = JsonNode.Parse(stdout)!.AsObject();
        var groups = report["groups"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(report["verdict"]!.GetValue<string>(), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(groups.First(g => g!["name"]!.GetValue<string>() == "overflow")!["verdict"]!.GetValue<string>(), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(groups.First(g => g!["name"]!.GetValue<string>() == "all-positive")!["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            // Correctness: every group but "overflow" (8 of 9). Performance: "large-all-negative" and
            // "large-alternating" stay within 32 bits, "large-random" and "large-near-max" overflow (2 of 4).
            Assert.That(report["score"]!["correctness"]!.GetValue<double>(), Is.EqualTo(88.9));
            Assert.That(report["score"]!["performance"]!.GetValue<double>(), Is.EqualTo(50));
            Assert.That(report["score"]!["total"]!.GetValue<double>(), Is.EqualTo(76.9));
        });
    }

    [TestCase("--problem", "no-such-task", "--lang", "python", "unknown problem 'no-such-task'")]
    [TestCase("--problem", "max-subarray", "--lang", "cobol", "unknown language 'cobol'")]
    public async Task Judge_ExitsTwoWithOneLineReason_WhenItCannotJudge(string problemFlag, string problem, string langFlag, string lang, string reason)
    {
        var (exit, stdout, stderr) = await RunAsync(problemFlag, problem, langFlag, lang, "--file", TestEnvironment.SubmissionPath("max-subarray", "correct.py"), "--json");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stdout, Is.Empty);
            Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain(reason));
        });
    }

    [Test]
    public async Task Judge_ExitsTwo_WhenDockerDaemonIsUnreachable()
    {
        var (exit, _, stderr) = await RunAsync(
            new Dictionary<string, string> { ["Sandbox__DockerEndpoint"] = "unix:///nonexistent/docker.sock" },
            "--problem", "max-subarray", "--lang", "python", "--file", TestEnvironment.SubmissionPath("max-subarray", "correct.py"), "--json");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(stderr, Does.StartWith("no Docker daemon at unix:///nonexistent/docker.sock"));
        });
    }

    private static string SolutionPath(string file) =>
        Path.Combine(AppContext.BaseDirectory, "bank", "max-subarray", "solutions", file);

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        RunAsync(new Dictionary<string, string>(), args);

    private static Task<(int Exit, string Stdout, string Stderr)> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        WorkerCli.RunAsync(environment, ["judge", .. args]);
}
