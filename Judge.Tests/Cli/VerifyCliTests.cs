namespace Judge.Tests.Cli;

/// <summary>`verify` fails, naming the solution, when a task declares a verdict its solution does not get.</summary>
[TestFixture]
public sealed class VerifyCliTests
{
    private string _bank = string.Empty;

    [OneTimeSetUp]
    public Task RequireSandboxAsync() => TestEnvironment.RequireSandboxAsync();

    [SetUp]
    public void CopyTask()
    {
        // A copy of max-subarray whose spec declares the overflow bug correct.
        _bank = Path.Combine(Path.GetTempPath(), "judge-verify-tests", Guid.NewGuid().ToString("N"));
        var source = Path.Combine(AppContext.BaseDirectory, "bank", "max-subarray");
        var target = Path.Combine(_bank, "max-subarray");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        var spec = Path.Combine(target, "problem.yaml");
        var yaml = File.ReadAllText(spec);
        var solutions = yaml.IndexOf("solutions:", StringComparison.Ordinal);
        File.WriteAllText(spec, yaml[..solutions] + """
            solutions:
              - { file: solutions/reference.cs, expect: OK }
              - { file: solutions/int-overflow.cs, expect: OK }

            """);
    }

    [TearDown]
    public void DeleteCopy() => Directory.Delete(_bank, recursive: true);

    [Test]
    public async Task Verify_ExitsOneAndNamesTheSolution_WhenADeclaredVerdictIsWrong()
    {
        var (exit, stdout, log) = await WorkerCli.RunAsync(new Dictionary<string, string> { ["Judging__BankDirectory"] = _bank }, ["verify"]);
        var lines = stdout.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(1), log);
            Assert.That(lines.Single(l => l.Contains("int-overflow.cs", StringComparison.Ordinal)), Does.Match(@"^max-subarray\s+solutions/int-overflow\.cs\s+csharp\s+OK\s+WRONG_ANSWER ✗"));
            Assert.That(lines.Single(l => l.Contains("reference.cs", StringComparison.Ordinal)), Does.Match(@"^max-subarray\s+solutions/reference\.cs\s+csharp\s+OK\s+OK\s"));
            Assert.That(lines.Single(l => l.StartsWith("verify:", StringComparison.Ordinal)), Does.Match(@"^verify: 2 solutions, 1 mismatches, 0 spec errors in \d+ s$"));
        });
    }
}
