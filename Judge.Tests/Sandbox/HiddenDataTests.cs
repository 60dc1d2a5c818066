using System.Text.Json.Nodes;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Worker;
using Judge.Worker.Judging;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Sandbox;

/// <summary>
/// Expected outputs never enter a candidate's container: a submission searches every readable
/// file, its environment and its command lines for the hidden answers, and reports what it finds.
/// </summary>
[TestFixture]
public sealed class HiddenDataTests
{
    [Test]
    public async Task Container_HoldsNoExpectedOutputOfAnyHiddenTest()
    {
        await TestEnvironment.RequireSandboxAsync();
        await using var engine = WorkerHost.BuildEngine();
        var spec = engine.GetRequiredService<ProblemBank>().Find("max-subarray")!;
        var plan = await engine.GetRequiredService<TestPlanner>().PlanAsync(spec, CancellationToken.None);
        var inputs = string.Join('\n', plan.Groups.SelectMany(g => g.Cases).Select(c => c.Args.ToJsonString()));
        // Answers distinctive enough to search for: long, and not also part of some input.
        var secrets = plan.Groups.Where(g => !g.IsExample).SelectMany(g => g.Cases)
            .Select(c => c.Expected.ToJsonString())
            .Where(v => v.Length >= 8 && !inputs.Contains(v, StringComparison.Ordinal) && !v.SequenceEqual(v.Reverse()))
            .Distinct()
            .ToList();
        Assert.That(secrets, Has.Count.GreaterThanOrEqualTo(5), "the probe needs answers to look for");

        var probe = $$"""
            import os

            # Written reversed, so that this file itself does not hold what it looks for.
            SECRETS = [s[::-1] for s in {{new JsonArray([.. secrets.Select(s => (JsonNode)new string(s.Reverse().ToArray()))]).ToJsonString()}}]

            def look(text, where, found):
                for s in SECRETS:
                    if s in text:
                        found.append(f"{s} in {where}")

            def solution(a):
                found = []
                look(repr(dict(os.environ)), "environment", found)
                for pid in ("self", "1"):
                    try:
                        look(open(f"/proc/{pid}/cmdline", "rb").read().decode("latin-1"), f"/proc/{pid}/cmdline", found)
                    except OSError:
                        pass
                for top in ("/sandbox", "/tmp", "/etc", "/home", "/root", "/var", "/opt", "/srv", "/mnt", "/run", "/usr/local"):
                    for folder, _, files in os.walk(top):
                        for name in files:
                            path = os.path.join(folder, name)
                            try:
                                with open(path, "rb") as f:
                                    look(f.read(50_000_000).decode("latin-1"), path, found)
                            except OSError:
                                pass
                if found:
                    raise RuntimeError("LEAK " + "; ".join(found[:5]))
                return 0
            """;
        var report = await engine.GetRequiredService<SubmissionJudge>().JudgeAsync(spec, LanguageNames.Python, probe, CancellationToken.None);
        var messages = report.Groups.SelectMany(g => g.Tests).Select(t => t.Message ?? string.Empty).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages.Where(m => m.Contains("LEAK", StringComparison.Ordinal)), Is.Empty);
            // The probe ran on every group (it answers 0, which is wrong almost everywhere).
            Assert.That(report.Groups.Select(g => g.Tests.Count), Has.All.GreaterThan(0));
            Assert.That(report.Verdict, Is.EqualTo(Verdict.WrongAnswer));
        });
    }
}
