using System.Text.RegularExpressions;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Worker;
using Judge.Worker.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Attacks;

/// <summary>
/// The attack suite: hostile submissions (programs/&lt;group&gt;/&lt;name&gt;.&lt;ext&gt;) judged in the real
/// sandbox against a small task (attack-target/). Each file's first line declares the verdict that proves
/// the defence ("expect: OK — ..."): probes return the right sum only when the attack was blocked.
/// After each one, no sandbox container of this process may be left, and the worker must still judge.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.None)]
public sealed partial class AttackTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Attacks");

    private ServiceProvider _engine = null!;
    private ProblemSpec _task = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WorkerHost.BuildEngine();
        _task = ProblemSpecLoader.Load(Path.Combine(Root, "attack-target"));
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    public static IEnumerable<TestCaseData> Programs() =>
        Directory.EnumerateFiles(Path.Combine(Root, "programs"), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(Path.GetRelativePath(Path.Combine(Root, "programs"), path))
                .SetName($"Attack {Path.GetRelativePath(Path.Combine(Root, "programs"), path)}"));

    [TestCaseSource(nameof(Programs))]
    public async Task Attack_GetsTheVerdictThatProvesTheDefence(string file)
    {
        var path = Path.Combine(Root, "programs", file);
        var code = await File.ReadAllTextAsync(path);
        var (expected, why) = ExpectationOf(code, file);
        var language = DeclaredSolution.LanguageOf(path);

        var report = await _engine.GetRequiredService<SubmissionJudge>().JudgeAsync(_task, language, code, CancellationToken.None);

        var detail = string.Join("; ", report.Groups.SelectMany(g => g.Tests).Select(t => $"{t.Name}: {t.Verdict.ToWire()} {t.Message}"));
        Assert.Multiple(async () =>
        {
            Assert.That(report.Verdict, Is.EqualTo(expected), $"{file}: {why}\ncompile: {report.Compile.Output}\ntests: {detail}");
            Assert.That(await TestEnvironment.SandboxContainersAsync(), Is.Empty, "every container of the run is removed");
            if (expected == Verdict.WrongAnswer)
            {
                // These programs return a wrong value on every test: an OK test means a forgery won it.
                Assert.That(report.Groups.SelectMany(g => g.Tests).Where(t => t.Verdict == Verdict.Ok).Select(t => t.Name), Is.Empty, "tests won by a forged record");
            }
        });
    }

    /// <summary>Compile-time attack by size: a 1 MiB source in every language is refused before any compiler runs.</summary>
    [TestCase(LanguageNames.CSharp, "// {0}\nclass Solution {{ public long solution(int[] a) => 0; }}\n")]
    [TestCase(LanguageNames.Python, "# {0}\ndef solution(a):\n    return 0\n")]
    [TestCase(LanguageNames.Java, "// {0}\nclass Solution {{ public long solution(int[] a) {{ return 0; }} }}\n")]
    [TestCase(LanguageNames.Cpp, "// {0}\nlong long solution(vector<int>& a) {{ return 0; }}\n")]
    [TestCase(LanguageNames.JavaScript, "// {0}\nfunction solution(a) {{ return 0; }}\n")]
    public async Task HugeSource_IsACompileError_WithoutRunningTheCompiler(string language, string template)
    {
        var code = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('x', 1 << 20));
        var report = await _engine.GetRequiredService<SubmissionJudge>().JudgeAsync(_task, language, code, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(report.Verdict, Is.EqualTo(Verdict.CompileError));
            // The worker's own message: no compiler ever saw the source.
            Assert.That(report.Compile.Output, Does.StartWith("the source is 10").And.Contain("the limit is 65536 bytes"));
        });
    }

    /// <summary>The worker is unharmed by the whole suite: an honest submission judged afterwards is OK.</summary>
    [Test]
    [Order(int.MaxValue)]
    public async Task Worker_StillJudges_AfterTheAttacks()
    {
        var code = await File.ReadAllTextAsync(Path.Combine(Root, "attack-target", "solutions", "reference.cs"));
        var report = await _engine.GetRequiredService<SubmissionJudge>().JudgeAsync(_task, LanguageNames.CSharp, code, CancellationToken.None);
        Assert.That(report.Verdict, Is.EqualTo(Verdict.Ok));
    }

    internal static (Verdict Expected, string Why) ExpectationOf(string code, string file)
    {
        var firstLine = code.Split('\n', 2)[0];
        var match = Expectation().Match(firstLine);
        Assert.That(match.Success, Is.True, $"{file}: the first line must declare 'expect: <VERDICT> — <why>'");
        return (VerdictNames.Parse(match.Groups["verdict"].Value), match.Groups["why"].Value.Trim());
    }

    [GeneratedRegex(@"expect:\s*(?<verdict>[A-Z_]+)\s*(?:—|-+)?\s*(?<why>.*)$")]
    private static partial Regex Expectation();
}
