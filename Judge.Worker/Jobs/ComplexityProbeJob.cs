using System.Diagnostics;
using System.Text.Json;
using Hangfire;
using Judge.Core.Data;
using Judge.Core.Hosting;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Core.Telemetry;
using Judge.Problems.Loading;
using Judge.Worker.Complexity;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Judge.Worker.Jobs;

/// <summary>
/// The Hangfire job that probes a judged submission's time complexity and stores it. Idempotent:
/// the result row is keyed by the submission, so a re-run finds it and stops, and two racing runs
/// store one result.
/// </summary>
public sealed class ComplexityProbeJob(JudgeDbContext db, ProblemBank bank, Toolchains toolchains, ComplexityProbe probe, ILogger<ComplexityProbeJob> logger) : IComplexityProbeJob
{
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = [10, 60], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task ProbeAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogScope.Job("probe", "SubmissionId", submissionId));
        using var activity = JudgeTelemetry.ActivitySource.StartActivity(JudgeTelemetry.Spans.ProbeComplexity);
        activity?.SetTag(JudgeTelemetry.Attributes.SubmissionId, submissionId);
        if (await db.ComplexityResults.AnyAsync(c => c.SubmissionId == submissionId, cancellationToken))
        {
            return;
        }

        var submission = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == submissionId, cancellationToken);
        if (submission is not { State: SubmissionState.Completed, CompileOk: true })
        {
            logger.LogWarning("Submission {Id} is not a judged, compiled submission; no probe", submissionId);
            return;
        }

        activity?.SetTag(JudgeTelemetry.Attributes.Problem, submission.ProblemId);
        activity?.SetTag(JudgeTelemetry.Attributes.Language, submission.Language);
        // The probe is queued as the verdict is written: from then to now is its wait in the queue
        // (a retry counts its back-off too; probes are rarely retried).
        if (submission.CompletedAt is { } verdictAt)
        {
            JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Queue, JudgeQueues.Probe, submission.Language, DateTimeOffset.UtcNow - verdictAt);
        }

        var spec = bank.Find(submission.ProblemId);
        if (spec is null || spec.SpecHash != submission.SpecHash)
        {
            logger.LogWarning("Spec {Problem}@{Hash} is not in this worker's bank; no probe for {Id}", submission.ProblemId, submission.SpecHash, submissionId);
            return;
        }

        var compiled = await SubmissionJudge.CompileAsync(toolchains.Get(submission.Language), submission.Language, JudgeQueues.Probe, submission.Code, cancellationToken);
        if (compiled.Program is null)
        {
            return; // it compiled when judged; a toolchain that changed since has nothing to measure
        }

        var clock = Stopwatch.StartNew();
        var report = await probe.ProbeAsync(spec, submission.Language, compiled.Program, cancellationToken);
        JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Probe, JudgeQueues.Probe, submission.Language, clock.Elapsed);
        activity?.SetTag(JudgeTelemetry.Attributes.Detected, report.Detected);
        db.ComplexityResults.Add(new ComplexityResult
        {
            SubmissionId = submissionId,
            State = report.Failure is null ? ComplexityState.Measured : ComplexityState.Failed,
            Expected = report.Expected,
            Detected = report.Detected,
            Confident = report.Confident,
            Alternatives = [.. report.Alternatives],
            Reason = report.Reason,
            PointsJson = JsonSerializer.Serialize(report.Points, JsonOptions),
            ReferencePointsJson = JsonSerializer.Serialize(report.ReferencePoints, JsonOptions),
            Reference = report.Reference,
            Message = report.Failure,
            ProbeSeconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
            MeasuredAt = DateTimeOffset.UtcNow,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            logger.LogInformation("Complexity of {Id} was stored by another run of this job", submissionId);
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
