using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Core.Telemetry;
using Judge.Problems.Model;
using Judge.Worker.Languages;

namespace Judge.Worker.Judging;

/// <summary>
/// Practice runs: the candidate's program on the task's examples, or on one input of their own.
/// Hidden tests are never run here: only the plan's example group (whose inputs and answers the
/// candidate already sees) or the candidate's input enters the container. Each test is reported
/// as soon as its record arrives, so the API can stream it.
/// </summary>
public sealed class RunJudge(Toolchains toolchains, TestPlanner planner, HarnessRunner runner, CSharpToolchain csharp)
{
    /// <summary>The reference's allowance on a custom input: generous, since it defines the answer.</summary>
    private static readonly TimeSpan ReferenceWall = TimeSpan.FromSeconds(10);

    public async Task<RunReport> JudgeExamplesAsync(ProblemSpec spec, string language, string code, Func<RunTestReport, Task> onTest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var plan = await planner.PlanAsync(spec, cancellationToken);
        var examples = plan.Groups.Single(g => g.IsExample);
        return await RunAsync(spec, language, code, examples, referenceFailure: null, onTest, cancellationToken);
    }

    /// <summary>
    /// Runs the reference on the input first (in its own container) to learn the right answer and a
    /// CPU limit, then the candidate's program. A reference that cannot answer (the input breaks the
    /// task's constraints, say) leaves the answer unknown; the program's output is still reported.
    /// </summary>
    public async Task<RunReport> JudgeCustomAsync(ProblemSpec spec, string language, string code, JsonArray input, Func<RunTestReport, Task> onTest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(input);
        var (answer, referenceCpuMs, failure) = await ReferenceAnswerAsync(spec, input, cancellationToken);
        var test = new PlannedCase("custom-input", input, answer ?? JsonValue.Create(0), referenceCpuMs, Math.Round(spec.Limits.CpuLimitMs(referenceCpuMs), 1));
        var group = new PlannedGroup("custom", PlannedGroup.ExampleKind, [test]);
        return await RunAsync(spec, language, code, group, answer is null ? failure ?? "the reference gave no answer" : null, onTest, cancellationToken);
    }

    private async Task<RunReport> RunAsync(ProblemSpec spec, string language, string code, PlannedGroup group, string? referenceFailure, Func<RunTestReport, Task> onTest, CancellationToken cancellationToken)
    {
        var codeBytes = System.Text.Encoding.UTF8.GetByteCount(code);
        if (codeBytes > SubmissionLimits.MaxCodeBytes)
        {
            return RunReport.CompileFailed($"the source is {codeBytes} bytes; the limit is {SubmissionLimits.MaxCodeBytes} bytes (64 KiB)");
        }

        var compiled = await SubmissionJudge.CompileAsync(toolchains.Get(language), language, JudgeQueues.Run, code, cancellationToken);
        if (compiled.Program is null)
        {
            return RunReport.CompileFailed(compiled.Output);
        }

        var cases = group.Cases;
        var decided = new RunTestReport?[cases.Count];
        // The harness reports records on the sandbox's reader thread; verdicts (a checker may run) and
        // the caller's writes happen on one consumer, in order.
        var records = Channel.CreateUnbounded<(int Index, TestRecord Record)>(new UnboundedChannelOptions { SingleReader = true });
        var consumer = Task.Run(async () =>
        {
            await foreach (var (index, record) in records.Reader.ReadAllAsync(cancellationToken))
            {
                decided[index] = await DecideAsync(spec, language, group, index, record, referenceFailure, cancellationToken);
                await onTest(decided[index]!);
            }
        }, cancellationToken);

        HarnessRun run;
        var runStarted = Stopwatch.GetTimestamp();
        var span = JudgeTelemetry.StartStage(JudgeTelemetry.Spans.RunTests, language);
        span?.SetTag(JudgeTelemetry.Attributes.Tests, cases.Count);
        try
        {
            // keepGoing sees every record in order: it streams them and never stops the run.
            var next = 0;
            run = await runner.RunFilesAsync(
                compiled.Program,
                [.. cases.Select(c => System.Text.Encoding.UTF8.GetBytes(c.Args.ToJsonString()))],
                spec.Limits.MemoryMb,
                i => LanguageTimeFactors.WallLimit(cases[i].CpuLimitFor(language)),
                cancellationToken,
                keepGoing: record => records.Writer.TryWrite((next++, record)) || true);
        }
        finally
        {
            records.Writer.TryComplete();
            span?.Dispose();
        }

        await consumer;
        JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Run, JudgeQueues.Run, language, runStarted);
        if (run.CompileError is not null)
        {
            return RunReport.CompileFailed(run.CompileError);
        }

        foreach (var forged in run.Forged)
        {
            // Streamed as passed perhaps, but a forged record proves nothing: the final answer says so.
            decided[forged] = new RunTestReport(forged,
                new TestReport(cases[forged].Name, Verdict.WrongAnswer, 0, 0, 0, "the program wrote result records of its own; only the judge's records count"),
                cases[forged].Args, null, referenceFailure is null ? cases[forged].Expected : null);
        }

        if (run.StoppedAt is { } stopped)
        {
            var test = cases[stopped];
            decided[stopped] = new RunTestReport(stopped, SubmissionJudge.DecideStopped(test, run.Outcome, test.CpuLimitFor(language)), test.Args, null, referenceFailure is null ? test.Expected : null);
            await onTest(decided[stopped]!);
        }

        // Tests after a stopped one are not run (one group, as in judging: it has failed already).
        var tests = decided.Where(t => t is not null).Select(t => t!).ToList();
        var verdict = tests.FirstOrDefault(t => t.Report.Verdict != Verdict.Ok)?.Report.Verdict ?? Verdict.Ok;
        return new RunReport(verdict, new CompileInfo(true, compiled.Output), tests);
    }

    private static async Task<RunTestReport> DecideAsync(ProblemSpec spec, string language, PlannedGroup group, int index, TestRecord record, string? referenceFailure, CancellationToken cancellationToken)
    {
        var test = group.Cases[index];
        if (referenceFailure is not null && record.Ok && record.CpuMs <= test.CpuLimitFor(language))
        {
            // No right answer to compare with: report what the program returned, typed or not.
            var report = spec.Signature.Returns.Accepts(record.Value)
                ? new TestReport(test.Name, Verdict.Ok, Math.Round(record.CpuMs, 3), Math.Round(record.WallMs, 3), record.MemoryKb, $"no expected value: {referenceFailure}")
                : new TestReport(test.Name, Verdict.WrongAnswer, Math.Round(record.CpuMs, 3), Math.Round(record.WallMs, 3), record.MemoryKb, $"returned {OutputComparer.Show(record.Value)}, not a {spec.Signature.Returns}");
            return new RunTestReport(index, report, test.Args, record.Value, null);
        }

        var decided = await SubmissionJudge.DecideAsync(spec, language, group, test, record, cancellationToken);
        return new RunTestReport(index, decided, test.Args, record.Value, referenceFailure is null ? test.Expected : null);
    }

    private async Task<(JsonNode? Answer, double CpuMs, string? Failure)> ReferenceAnswerAsync(ProblemSpec spec, JsonArray input, CancellationToken cancellationToken)
    {
        var referenceCode = await File.ReadAllTextAsync(Path.Combine(spec.Directory, spec.Reference.File), cancellationToken);
        var compiled = await csharp.CompileAsync(referenceCode, cancellationToken);
        if (compiled.Program is null)
        {
            throw new SpecPlanException(spec, $"the reference {spec.Reference.File} does not compile: {compiled.Output}");
        }

        var run = await runner.RunAsync(compiled.Program, [input], spec.Limits.MemoryMb, _ => ReferenceWall, cancellationToken);
        if (run.Results.Count == 0)
        {
            return (null, 0, run.Outcome.TimedOut ? "the reference did not finish on this input" : "the reference stopped on this input");
        }

        var result = run.Results[0];
        return result.Ok && spec.Signature.Returns.Accepts(result.Value)
            ? (result.Value, result.CpuMs, null)
            : (null, 0, "the reference cannot answer this input; is it within the task's constraints?");
    }
}

/// <summary>The outcome of a practice run: no scores, every test shown with its input and output.</summary>
public sealed record RunReport(Verdict Verdict, CompileInfo Compile, IReadOnlyList<RunTestReport> Tests)
{
    public static RunReport CompileFailed(string output) => new(Verdict.CompileError, new CompileInfo(false, output), []);
}

/// <summary>One test of a run: the verdict, the arguments, what the program returned and the right answer when known.</summary>
public sealed record RunTestReport(int Ordinal, TestReport Report, JsonArray Args, JsonNode? Output, JsonNode? Expected);
