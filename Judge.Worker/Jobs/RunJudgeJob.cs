using System.Diagnostics;
using System.Text.Json.Nodes;
using Hangfire;
using Judge.Core.Data;
using Judge.Core.Hosting;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Core.Telemetry;
using Judge.Problems.Loading;
using Judge.Worker.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Judge.Worker.Jobs;

/// <summary>
/// Judges a practice run and writes each test as it finishes (the API streams these rows). Safe to
/// run twice: a Completed run is left alone, and a retry clears the rows an earlier attempt streamed
/// before writing its own; the final set is written in one transaction with the Completed state.
/// </summary>
public sealed class RunJudgeJob(JudgeDbContext db, ProblemBank bank, RunJudge judge, TimeProvider time, ILogger<RunJudgeJob> logger) : IRunJudgeJob
{
    /// <summary>A run is practice: one retry, then INTERNAL_ERROR; the candidate can simply run again.</summary>
    public const int MaxAttempts = 2;

    [AutomaticRetry(Attempts = MaxAttempts - 1, DelaysInSeconds = [2], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task JudgeRunAsync(Guid runId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogScope.Job("run", "RunId", runId));
        using var activity = JudgeTelemetry.ActivitySource.StartActivity(JudgeTelemetry.Spans.JudgeRun);
        activity?.SetTag(JudgeTelemetry.Attributes.RunId, runId);
        var run = await db.TaskRuns.SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null || run.State == SubmissionState.Completed)
        {
            return;
        }

        activity?.SetTag(JudgeTelemetry.Attributes.Problem, run.ProblemId);
        activity?.SetTag(JudgeTelemetry.Attributes.Language, run.Language);
        if (run.Attempts == 0)
        {
            // The first start only: a retry's wait is Hangfire's back-off, not the queue's.
            JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Queue, JudgeQueues.Run, run.Language, time.GetUtcNow() - run.CreatedAt);
        }

        run.State = SubmissionState.Running;
        run.StartedAt = time.GetUtcNow();
        run.Attempts++;
        await db.SaveChangesAsync(cancellationToken);
        await db.RunTestResults.Where(t => t.RunId == runId).ExecuteDeleteAsync(cancellationToken);

        var spec = bank.Find(run.ProblemId);
        RunReport? report = null;
        string? failure = null;
        if (spec is null)
        {
            failure = $"task {run.ProblemId} is not in this worker's bank";
        }
        else
        {
            try
            {
                report = run.Kind == TaskRun.CustomKind
                    ? await judge.JudgeCustomAsync(spec, run.Language, run.Code, (JsonArray)JsonNode.Parse(run.Input!)!, t => StreamAsync(runId, t, cancellationToken), cancellationToken)
                    : await judge.JudgeExamplesAsync(spec, run.Language, run.Code, t => StreamAsync(runId, t, cancellationToken), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException && run.Attempts < MaxAttempts)
            {
                logger.LogError(e, "Run {Id} failed on attempt {Attempt}; Hangfire will retry", runId, run.Attempts);
                activity.Fail(e);
                throw;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failure = e.Message;
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RunTestResults.Where(t => t.RunId == runId).ExecuteDeleteAsync(cancellationToken);
        if (report is null)
        {
            run.Verdict = Verdict.InternalError;
            run.InternalError = failure;
        }
        else
        {
            run.Verdict = report.Verdict;
            run.CompileOk = report.Compile.Ok;
            run.CompileOutput = report.Compile.Output;
            db.RunTestResults.AddRange(report.Tests.Select(t => Row(runId, t)));
        }

        run.State = SubmissionState.Completed;
        run.CompletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        JudgeTelemetry.RecordVerdict(JudgeQueues.Run, run.Language, run.Verdict.Value);
        activity?.SetTag(JudgeTelemetry.Attributes.Verdict, run.Verdict.Value.ToWire());
        if (run.Verdict == Verdict.InternalError)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure);
        }
    }

    private async Task StreamAsync(Guid runId, RunTestReport test, CancellationToken cancellationToken)
    {
        var row = Row(runId, test);
        db.RunTestResults.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        // Not tracked past this point: the final write replaces streamed rows wholesale.
        db.Entry(row).State = EntityState.Detached;
    }

    private static RunTestResult Row(Guid runId, RunTestReport t) => new()
    {
        RunId = runId,
        Ordinal = t.Ordinal,
        Name = t.Report.Name,
        Verdict = t.Report.Verdict,
        CpuMs = t.Report.CpuMs,
        WallMs = t.Report.WallMs,
        Message = t.Report.Message,
        Args = t.Args.ToJsonString(),
        Output = Capped(t.Output),
        Expected = Capped(t.Expected),
    };

    /// <summary>A program may return a huge value; the candidate sees enough of it to debug.</summary>
    private static string? Capped(JsonNode? node)
    {
        const int MaxChars = 16 * 1024;
        var json = node?.ToJsonString();
        return json is null || json.Length <= MaxChars ? json : JsonValue.Create(OutputComparer.Show(node, MaxChars)).ToJsonString();
    }
}
