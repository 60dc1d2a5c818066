using System.Diagnostics;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Core.Telemetry;
using Judge.Problems.Model;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// Judges one submission: plan the tests, compile once, run in the sandbox, decide verdicts
/// outside it, score. One container runs every test; only when the program dies mid-test (crash,
/// timeout, memory) does a fresh container resume at the next group, so one failure costs its
/// own group and nothing else.
/// </summary>
public sealed class SubmissionJudge(Toolchains toolchains, TestPlanner planner, HarnessRunner runner, Complexity.ComplexityProbe probe)
{
    /// <param name="probeComplexity">Also measure the time complexity, with the same compiled program, after the verdict.</param>
    public async Task<JudgeReport> JudgeAsync(ProblemSpec spec, string language, string code, CancellationToken cancellationToken, bool probeComplexity = false)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var toolchain = toolchains.Get(language);
        // The API refuses larger code; a job that reaches the worker by another way is refused here too,
        // before any compiler spends time or memory on it.
        var codeBytes = System.Text.Encoding.UTF8.GetByteCount(code);
        if (codeBytes > SubmissionLimits.MaxCodeBytes)
        {
            return CompileFailed(spec, language, $"the source is {codeBytes} bytes; the limit is {SubmissionLimits.MaxCodeBytes} bytes (64 KiB)");
        }

        var plan = await planner.PlanAsync(spec, cancellationToken);

        var compiled = await CompileAsync(toolchain, language, JudgeQueues.Submit, code, cancellationToken);
        if (compiled.Program is null)
        {
            return CompileFailed(spec, language, compiled.Output);
        }

        var flat = plan.Flatten().ToList();
        // The run stage: every container of this submission, from the first start to the last record.
        var runStarted = Stopwatch.GetTimestamp();
        var reports = new TestReport?[flat.Count];
        var next = 0;
        while (next < flat.Count)
        {
            var offset = next;
            using var span = JudgeTelemetry.StartStage(JudgeTelemetry.Spans.RunTests, language);
            span?.SetTag(JudgeTelemetry.Attributes.FirstTest, offset);
            span?.SetTag(JudgeTelemetry.Attributes.Tests, flat.Count - offset);
            var run = await runner.RunAsync(
                compiled.Program,
                [.. flat.Skip(offset).Select(t => t.Case.Args)],
                spec.Limits.MemoryMb,
                i => LanguageTimeFactors.WallLimit(flat[offset + i].Case.CpuLimitFor(language)),
                cancellationToken,
                // Each group in a fresh process: nothing a group leaves (statics, files, children) reaches the next.
                [.. Enumerable.Range(offset, flat.Count - offset).Where(i => i == offset || flat[i].Group != flat[i - 1].Group).Select(i => i - offset)]);
            span?.SetTag(JudgeTelemetry.Attributes.StoppedAt, run.StoppedAt is { } at ? offset + at : null);
            if (run.CompileError is not null)
            {
                // Python and JavaScript are parsed inside the sandbox: their compile errors arrive with the run.
                span?.SetTag(JudgeTelemetry.Attributes.CompileOk, false);
                return CompileFailed(spec, language, run.CompileError);
            }

            for (var i = 0; i < run.Results.Count; i++)
            {
                var (group, test) = flat[next + i];
                reports[next + i] = await DecideAsync(spec, language, plan.Groups[group], test, run.Results[i], cancellationToken);
            }

            foreach (var forged in run.Forged)
            {
                // A forged test fails, whatever the forged record claimed.
                reports[next + forged] = new TestReport(flat[next + forged].Case.Name, Verdict.WrongAnswer, 0, 0, 0, "the program wrote result records of its own; only the judge's records count")
                {
                    CpuLimitMs = flat[next + forged].Case.CpuLimitFor(language),
                };
            }

            if (run.StoppedAt is not { } stopped)
            {
                break;
            }

            var dead = next + stopped;
            reports[dead] = DecideStopped(flat[dead].Case, run.Outcome, flat[dead].Case.CpuLimitFor(language));
            // The rest of the dead test's group is not run: the group has failed already.
            next = dead + 1;
            while (next < flat.Count && flat[next].Group == flat[dead].Group)
            {
                next++;
            }
        }

        JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Run, JudgeQueues.Submit, language, runStarted);
        var groups = plan.Groups
            .Select((g, gi) => BuildGroup(g, [.. flat.Select((t, i) => (t, i)).Where(x => x.t.Group == gi && reports[x.i] is not null).Select(x => reports[x.i]!)]))
            .ToList();
        return new JudgeReport(spec.Id, language, OverallVerdict(groups), ScoreOf(groups), new CompileInfo(true, compiled.Output), groups, spec.SpecHash)
        {
            Complexity = probeComplexity && (await toolchain.CompileForProbeAsync(code, cancellationToken)).Program is { } probing
                ? await probe.ProbeAsync(spec, language, probing, cancellationToken)
                : null,
        };
    }

    /// <summary>Compiles as the compile stage: its span and its time on the stage histogram of <paramref name="queue"/>; for the probe queue, the program that counts operations.</summary>
    internal static async Task<CompileResult> CompileAsync(IToolchain toolchain, string language, string queue, string code, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = JudgeTelemetry.StartStage(JudgeTelemetry.Spans.Compile, language);
        var compiled = queue == JudgeQueues.Probe ? await toolchain.CompileForProbeAsync(code, cancellationToken) : await toolchain.CompileAsync(code, cancellationToken);
        span?.SetTag(JudgeTelemetry.Attributes.CompileOk, compiled.Program is not null);
        JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Compile, queue, language, started);
        return compiled;
    }

    /// <summary>A finished test: the harness's record, checked against the limit and the expected value.</summary>
    internal static async Task<TestReport> DecideAsync(ProblemSpec spec, string language, PlannedGroup group, PlannedCase test, TestRecord record, CancellationToken cancellationToken)
    {
        var limit = test.CpuLimitFor(language);
        (Verdict verdict, string? message) = record switch
        {
            { Ok: false, FailureKind: "memory" } => (Verdict.MemoryLimit, record.Error),
            { Ok: false, FailureKind: "bad-value" } => (Verdict.WrongAnswer, record.Error),
            { Ok: false } => (Verdict.RuntimeError, record.Error),
            _ when record.CpuMs > limit => (Verdict.Timeout, $"used {record.CpuMs:0} ms of CPU; the limit is {limit:0} ms"),
            _ when await IsRightAsync(spec, test, record.Value, cancellationToken) => (Verdict.Ok, null),
            // Only example tests reveal values; hidden tests' answers never leave the worker.
            _ => (Verdict.WrongAnswer, group.IsExample ? $"got {OutputComparer.Show(record.Value)}, expected {OutputComparer.Show(test.Expected)}" : "wrong answer"),
        };
        return new TestReport(test.Name, verdict, Math.Round(record.CpuMs, 3), Math.Round(record.WallMs, 3), record.MemoryKb, message) { CpuLimitMs = limit };
    }

    private static async Task<bool> IsRightAsync(ProblemSpec spec, PlannedCase test, System.Text.Json.Nodes.JsonNode? actual, CancellationToken cancellationToken) =>
        spec.Checker is null
            ? OutputComparer.AreEqual(test.Expected, actual, spec.Signature.Returns)
            // The checker sees only well-typed values: anything else is wrong before it is asked.
            : spec.Signature.Returns.Accepts(actual) && await Problems.Scripts.CheckerRunner.AcceptsAsync(spec, test.Args, test.Expected, actual, cancellationToken);

    /// <summary>A test the program never finished: the container's state says why, never its exit code alone.</summary>
    internal static TestReport DecideStopped(PlannedCase test, SandboxOutcome outcome, double cpuLimitMs)
    {
        (Verdict verdict, string message) = outcome switch
        {
            { OutputLimitStream: { } stream } => (Verdict.OutputLimit, $"printed too much output on {stream}"),
            { OomKilled: true } => (Verdict.MemoryLimit, "killed for using more memory than the limit"),
            { TimedOut: true } => (Verdict.Timeout, "did not finish within the wall-clock limit"),
            { ExitCode: > 128 and < 160 } => (Verdict.RuntimeError, $"killed by signal {outcome.ExitCode - 128} ({SignalName(outcome.ExitCode - 128)})"),
            _ => (Verdict.RuntimeError, $"the program ended (exit code {outcome.ExitCode}) before returning a result"),
        };
        // A killed test's own times are unknown; a timed-out one ran at least the wall limit.
        var wallMs = verdict == Verdict.Timeout ? LanguageTimeFactors.WallLimit(cpuLimitMs).TotalMilliseconds : 0;
        return new TestReport(test.Name, verdict, 0, wallMs, 0, message) { CpuLimitMs = cpuLimitMs };
    }

    private static string SignalName(long signal) => signal switch
    {
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => "signal " + signal,
    };

    private static GroupReport BuildGroup(PlannedGroup group, List<TestReport> tests) =>
        new(group.Name, group.Kind, tests.FirstOrDefault(t => t.Verdict != Verdict.Ok)?.Verdict ?? Verdict.Ok, tests);

    private static Verdict OverallVerdict(IReadOnlyList<GroupReport> groups) =>
        groups.SelectMany(g => g.Tests).FirstOrDefault(t => t.Verdict != Verdict.Ok)?.Verdict ?? Verdict.Ok;

    /// <summary>Percent of groups passed; example groups are shown but not scored (as on Codility).</summary>
    public static Score ScoreOf(IReadOnlyList<GroupReport> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        static double Percent(IEnumerable<GroupReport> gs)
        {
            var list = gs.ToList();
            return list.Count == 0 ? 0 : Math.Round(100.0 * list.Count(g => g.Verdict == Verdict.Ok) / list.Count, 1);
        }

        var scored = groups.Where(g => g.Kind != PlannedGroup.ExampleKind).ToList();
        return new Score(
            Percent(scored.Where(g => g.Kind == GroupKind.Correctness.ToWire())),
            Percent(scored.Where(g => g.Kind == GroupKind.Performance.ToWire())),
            Percent(scored));
    }

    private static JudgeReport CompileFailed(ProblemSpec spec, string language, string output) =>
        new(spec.Id, language, Verdict.CompileError, new Score(0, 0, 0), new CompileInfo(false, output), [], spec.SpecHash);
}
