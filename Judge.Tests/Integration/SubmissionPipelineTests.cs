using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration;

/// <summary>
/// Submissions through the real API, Hangfire, worker, Docker sandbox and Postgres. All are
/// submitted at once (the worker judges two at a time) and each test awaits its own verdict.
/// </summary>
[TestFixture]
public sealed class SubmissionPipelineTests
{
    // All submissions are queued at once and judged two at a time; each TIMEOUT submission costs ~2 min (one container per group).
    private static readonly TimeSpan VerdictTimeout = TimeSpan.FromMinutes(20);
    private static readonly string[] SpecGroups = ["examples", "single-element", "all-negative", "all-positive", "overflow", "mixed", "two-elements", "negative-gap-worth-crossing", "best-at-the-end", "extremes", "large-random", "large-all-negative", "large-near-max", "large-alternating"];
    private readonly Dictionary<string, Task<JsonObject>> _results = [];

    private static readonly (string File, string Language)[] Submissions =
    [
        ("correct.cs", "csharp"), ("correct.py", "python"), ("wrong-sum-all.py", "python"),
        ("infinite-loop.cs", "csharp"), ("infinite-loop.py", "python"), ("throws.cs", "csharp"), ("throws.py", "python"),
        ("memory-bomb.cs", "csharp"), ("memory-bomb.py", "python"), ("syntax-error.cs", "csharp"), ("syntax-error.py", "python"),
        ("self-kill.cs", "csharp"), ("self-kill.py", "python"), ("forged-records.cs", "csharp"), ("forged-records.py", "python"),
        ("exit-zero-early.py", "python"), ("output-flood.py", "python"),
        ("correct.java", "java"), ("correct.cpp", "cpp"), ("correct.js", "javascript"),
        ("infinite-loop.java", "java"), ("infinite-loop.cpp", "cpp"), ("infinite-loop.js", "javascript"),
        ("throws.java", "java"), ("throws.cpp", "cpp"), ("throws.js", "javascript"),
        ("memory-bomb.java", "java"), ("memory-bomb.cpp", "cpp"), ("memory-bomb.js", "javascript"),
        ("syntax-error.java", "java"), ("syntax-error.cpp", "cpp"), ("syntax-error.js", "javascript"),
    ];

    [OneTimeSetUp]
    public void SubmitAll()
    {
        foreach (var (file, language) in Submissions)
        {
            _results[file] = SubmitAndWaitAsync(file, language);
        }
    }

    [TestCase("correct.cs")]
    [TestCase("correct.py")]
    [TestCase("correct.java")]
    [TestCase("correct.cpp")]
    [TestCase("correct.js")]
    public async Task Judge_ReturnsOk_WhenSolutionIsCorrect(string file)
    {
        var result = await _results[file];
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("OK"));
            Assert.That(result["score"]!["total"]!.GetValue<double>(), Is.EqualTo(100));
            Assert.That(result["groups"]!.AsArray().Select(g => g!["verdict"]!.GetValue<string>()), Is.All.EqualTo("OK"));
            // The groups the spec declares, after the examples, each with its tests and measurements.
            Assert.That(result["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()),
                Is.EqualTo(SpecGroups));
            Assert.That(result["groups"]![10]!["tests"]!.AsArray(), Has.Count.EqualTo(3));
            Assert.That(result["groups"]![10]!["tests"]![0]!["memoryKb"]!.GetValue<long>(), Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task Judge_ReturnsWrongAnswer_WithGotAndExpectedOnExamplesOnly()
    {
        var result = await _results["wrong-sum-all.py"];
        var tests = result["groups"]!.AsArray().SelectMany(g => g!["tests"]!.AsArray()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(tests.First(t => t!["name"]!.GetValue<string>() == "example-1")!["message"]!.GetValue<string>(), Is.EqualTo("got 1, expected 6"));
            // Hidden tests never reveal their expected values: not in a message, nowhere in the response.
            Assert.That(tests.First(t => t!["name"]!.GetValue<string>() == "mixed-2")!["message"]!.GetValue<string>(), Is.EqualTo("wrong answer"));
            Assert.That(result.ToJsonString(), Does.Not.Contain("3999999999").And.Not.Contain("3000000000"));
            Assert.That(result["score"]!["correctness"]!.GetValue<double>(), Is.LessThan(100));
        });
    }

    [TestCase("infinite-loop.cs")]
    [TestCase("infinite-loop.py")]
    [TestCase("infinite-loop.java")]
    [TestCase("infinite-loop.cpp")]
    [TestCase("infinite-loop.js")]
    public async Task Judge_ReturnsTimeout_WhenSolutionLoopsForever(string file) =>
        Assert.That(Verdict(await _results[file]), Is.EqualTo("TIMEOUT"));

    // C# lines come from optimized code and may point at an earlier statement of the method; Python's are exact.
    [TestCase("throws.cs", "IndexOutOfRangeException", "(Solution.cs line ")]
    [TestCase("throws.py", "ZeroDivisionError", "solution.py line 2")]
    [TestCase("throws.java", "ArrayIndexOutOfBoundsException", "Solution.java line 5")]
    [TestCase("throws.js", "TypeError", "solution.js line 3")]
    // C++ exceptions carry no line; the type and what() are reported.
    [TestCase("throws.cpp", "std::out_of_range", "vector::_M_range_check")]
    public async Task Judge_ReturnsRuntimeError_WithExceptionAndLine_WhenSolutionThrows(string file, string exception, string line)
    {
        var result = await _results[file];
        var message = FirstFailure(result)["message"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("RUNTIME_ERROR"));
            Assert.That(message, Does.StartWith(exception));
            Assert.That(message, Does.Contain(line));
        });
    }

    [TestCase("memory-bomb.cs")]
    [TestCase("memory-bomb.py")]
    [TestCase("memory-bomb.java")]
    [TestCase("memory-bomb.cpp")]
    [TestCase("memory-bomb.js")]
    public async Task Judge_ReturnsMemoryLimit_WhenSolutionHoardsMemory(string file) =>
        Assert.That(Verdict(await _results[file]), Is.EqualTo("MEMORY_LIMIT"));

    [TestCase("syntax-error.cs", "Solution.cs(5,")]
    [TestCase("syntax-error.py", "solution.py:3:")]
    [TestCase("syntax-error.java", "Solution.java:5: error")]
    [TestCase("syntax-error.cpp", "solution.cpp:6:5: error")]
    [TestCase("syntax-error.js", "solution.js:3:")]
    public async Task Judge_ReturnsCompileError_WithTheCandidatesLine(string file, string location)
    {
        var result = await _results[file];
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("COMPILE_ERROR"));
            Assert.That(result["compile"]!["ok"]!.GetValue<bool>(), Is.False);
            // At the start of a line: g++ may put "solution.cpp: In function ..." context first.
            Assert.That(result["compile"]!["output"]!.GetValue<string>(), Does.Match("(^|\n)" + System.Text.RegularExpressions.Regex.Escape(location)));
            Assert.That(result["groups"]!.AsArray(), Is.Empty);
        });
    }

    [TestCase("self-kill.cs")]
    [TestCase("self-kill.py")]
    public async Task Judge_ReturnsRuntimeErrorNotMemoryLimit_WhenSolutionKillsItselfWithSignal9(string file)
    {
        var result = await _results[file];
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("RUNTIME_ERROR"));
            Assert.That(FirstFailure(result)["message"]!.GetValue<string>(), Does.Contain("signal 9"));
        });
    }

    [TestCase("forged-records.cs")]
    [TestCase("forged-records.py")]
    public async Task Judge_IgnoresPrintedFakeResultLines(string file)
    {
        var result = await _results[file];
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(FirstFailure(result)["message"]!.GetValue<string>(), Is.EqualTo("got 0, expected 6"));
        });
    }

    [Test]
    public async Task Judge_ReturnsRuntimeError_WhenProgramExitsWithZeroBeforeReturning()
    {
        var result = await _results["exit-zero-early.py"];
        Assert.That(Verdict(result), Is.EqualTo("RUNTIME_ERROR"));
    }

    [Test]
    public async Task Judge_ReturnsOutputLimit_WhenSolutionPrintsWithoutEnd()
    {
        var result = await _results["output-flood.py"];
        Assert.Multiple(() =>
        {
            Assert.That(Verdict(result), Is.EqualTo("OUTPUT_LIMIT"));
            Assert.That(FirstFailure(result)["message"]!.GetValue<string>(), Is.EqualTo("printed too much output on stderr"));
        });
    }

    [Test]
    public async Task Judge_LeavesNoSandboxContainers_WhenAllSubmissionsAreJudged()
    {
        await Task.WhenAll(_results.Values);
        // Judging queues the probes of correct submissions; their containers must be gone too.
        await IntegrationEnvironment.WaitForIdleQueuesAsync(TimeSpan.FromMinutes(10));
        Assert.That(await TestEnvironment.SandboxContainersAsync(), Is.Empty);
    }

    [Test]
    public async Task Api_ReportsQueuedThenCompleted_WithSpecHashAndLocation()
    {
        var code = await File.ReadAllTextAsync(TestEnvironment.SubmissionPath("max-subarray", "correct.py"));
        using var response = await IntegrationEnvironment.Api.PostAsJsonAsync("/api/submissions", new { problemId = "max-subarray", language = "python", code });
        var accepted = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(accepted!["state"]!.GetValue<string>(), Is.EqualTo("Queued"));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/api/submissions/{accepted["id"]}"));
        });
        var done = await WaitAsync(response.Headers.Location!.ToString());
        Assert.That(done["specHash"]!.GetValue<string>(), Has.Length.EqualTo(64));
    }

    private static string Verdict(JsonObject result) => result["verdict"]!.GetValue<string>();

    private static JsonObject FirstFailure(JsonObject result) =>
        result["groups"]!.AsArray().SelectMany(g => g!["tests"]!.AsArray()).First(t => t!["verdict"]!.GetValue<string>() != "OK")!.AsObject();

    private static async Task<JsonObject> SubmitAndWaitAsync(string file, string language)
    {
        var code = await File.ReadAllTextAsync(TestEnvironment.SubmissionPath("max-subarray", file));
        using var response = await IntegrationEnvironment.Api.PostAsJsonAsync("/api/submissions", new { problemId = "max-subarray", language, code });
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            Assert.Fail($"{file}: POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await WaitAsync(response.Headers.Location!.ToString());
    }

    private static async Task<JsonObject> WaitAsync(string location)
    {
        using var timeout = new CancellationTokenSource(VerdictTimeout);
        while (true)
        {
            var current = await IntegrationEnvironment.Api.GetFromJsonAsync<JsonObject>(location, timeout.Token);
            if (current!["state"]!.GetValue<string>() == "Completed")
            {
                return current;
            }

            await Task.Delay(200, timeout.Token);
        }
    }
}
