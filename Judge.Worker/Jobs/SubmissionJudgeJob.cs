using System.Diagnostics;
using Hangfire;
using Judge.Core.Data;
using Judge.Core.Hosting;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Core.Telemetry;
using Judge.Problems.Loading;
using Judge.Worker.Judging;
using Judge.Worker.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Judge.Worker.Jobs;

/// <summary>
/// The Hangfire job that judges a stored submission. Hangfire runs a job at least once, so every
/// step is safe to repeat: a submission already Completed is left alone, and the results are
/// written in one transaction guarded by a unique index, so at most one result set ever lands.
/// </summary>
public sealed class SubmissionJudgeJob(JudgeDbContext db, ProblemBank bank, SubmissionJudge judge, SandboxPreflight sandbox, IBackgroundJobClient jobs, ILogger<SubmissionJudgeJob> logger) : ISubmissionJudgeJob
{
    /// <summary>
    /// Judging attempts (counted in the row, so across workers and crashes) before the submission is
    /// closed as INTERNAL_ERROR: ours, never the candidate's fault, and shown as such.
    /// </summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// Hangfire's retries, with backoff, outlast an outage of Postgres or Docker (~2 h in all): failures
    /// before the attempt is counted, or while the daemon is down, never close a submission. A job
    /// that exhausts them stays in Hangfire's Failed list (/hangfire) to be retried from there.
    /// </summary>
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task JudgeAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogScope.Job("judge", "SubmissionId", submissionId));
        using var activity = JudgeTelemetry.ActivitySource.StartActivity(JudgeTelemetry.Spans.JudgeSubmission);
        activity?.SetTag(JudgeTelemetry.Attributes.SubmissionId, submissionId);
        var submission = await db.Submissions.SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is null)
        {
            logger.LogWarning("Submission {Id} does not exist; nothing to judge", submissionId);
            return;
        }

        if (submission.State == SubmissionState.Completed)
        {
            // A re-run after the results were written: exactly one result per submission. The worker
            // may have died before it queued the probe, so queue it again (the probe is idempotent).
            await QueueProbeAsync(submission, cancellationToken);
            return;
        }

        activity?.SetTag(JudgeTelemetry.Attributes.Problem, submission.ProblemId);
        activity?.SetTag(JudgeTelemetry.Attributes.Language, submission.Language);
        if (submission.StartedAt is null)
        {
            // The first start only: a retry's wait is Hangfire's back-off, not the queue's.
            JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Queue, JudgeQueues.Submit, submission.Language, DateTimeOffset.UtcNow - submission.CreatedAt);
        }

        // Checkpoint: if the worker dies after this save, Hangfire re-runs the job and we land here again.
        submission.State = SubmissionState.Running;
        submission.Attempts++;
        submission.StartedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        activity?.SetTag(JudgeTelemetry.Attributes.Attempt, submission.Attempts);

        var spec = bank.Find(submission.ProblemId);
        JudgeReport? report = null;
        string? failure = null;
        if (spec is null || spec.SpecHash != submission.SpecHash)
        {
            // The bank changed under a queued submission; judging it against another version would be unfair.
            failure = $"spec {submission.ProblemId}@{submission.SpecHash[..12]} is not in this worker's bank";
        }
        else
        {
            try
            {
                report = await judge.JudgeAsync(spec, submission.Language, submission.Code, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A daemon that does not answer (restarting, say) is an outage, not a failed attempt.
                var daemon = await sandbox.CheckAsync([], cancellationToken);
                if (submission.Attempts < MaxAttempts || daemon is not null)
                {
                    logger.LogError(e, "Judging {Id} failed on attempt {Attempt}{Daemon}; Hangfire will retry", submissionId, submission.Attempts, daemon is null ? "" : $" ({daemon})");
                    activity.Fail(e);
                    throw;
                }

                failure = e.Message;
            }
        }

        if (await PersistAsync(submission, report, failure, cancellationToken))
        {
            // Counted once per submission: only the attempt whose results landed.
            JudgeTelemetry.RecordVerdict(JudgeQueues.Submit, submission.Language, submission.Verdict!.Value);
        }

        activity?.SetTag(JudgeTelemetry.Attributes.Verdict, submission.Verdict?.ToWire());
        if (submission.Verdict == Verdict.InternalError)
        {
            activity?.SetStatus(ActivityStatusCode.Error, failure);
        }

        await QueueProbeAsync(submission, cancellationToken);
    }

    /// <summary>
    /// Queues the complexity probe of a judged submission that passed every correctness group and
    /// has no complexity result yet: a program that crashes, loops or answers wrongly on small
    /// inputs has no running time worth measuring, and probing it would only take the queue's time.
    /// </summary>
    private async Task QueueProbeAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (submission is { CompileOk: true, CorrectnessScore: 100 } && !await db.ComplexityResults.AnyAsync(c => c.SubmissionId == submission.Id, cancellationToken))
        {
            jobs.Enqueue<IComplexityProbeJob>(JudgeQueues.Probe, j => j.ProbeAsync(submission.Id, CancellationToken.None));
        }
    }

    /// <summary>Writes the results; false when another run of this job wrote them first.</summary>
    private async Task<bool> PersistAsync(Submission submission, JudgeReport? report, string? failure, CancellationToken cancellationToken)
    {
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // Lock the row: a concurrent duplicate of this job waits here and then sees Completed.
        var state = await db.Database
            .SqlQuery<string>($"SELECT \"State\" AS \"Value\" FROM submissions WHERE \"Id\" = {submission.Id} FOR UPDATE")
            .SingleAsync(cancellationToken);
        if (state == nameof(SubmissionState.Completed))
        {
            await tx.RollbackAsync(cancellationToken);
            return false;
        }

        if (report is null)
        {
            submission.Verdict = Verdict.InternalError;
            submission.InternalError = failure;
        }
        else
        {
            submission.Verdict = report.Verdict;
            submission.CorrectnessScore = report.Score.Correctness;
            submission.PerformanceScore = report.Score.Performance;
            submission.TotalScore = report.Score.Total;
            submission.CompileOk = report.Compile.Ok;
            submission.CompileOutput = report.Compile.Output;
            submission.Groups = [.. report.Groups.Select((g, gi) => new GroupResult
            {
                Ordinal = gi,
                Name = g.Name,
                Kind = g.Kind,
                Verdict = g.Verdict,
                Tests = [.. g.Tests.Select((t, ti) => new TestResult
                {
                    Ordinal = ti,
                    Name = t.Name,
                    Verdict = t.Verdict,
                    CpuMs = t.CpuMs,
                    WallMs = t.WallMs,
                    MemoryKb = t.MemoryKb,
                    Message = t.Message,
                })],
            })];
        }

        submission.State = SubmissionState.Completed;
        submission.CompletedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }
}
