using Hangfire;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Judge.Worker.Jobs;

/// <summary>
/// Re-enqueues submissions the API stored but never enqueued (it died between the two steps).
/// Safe to run on every worker at once: the job id is claimed with a conditional update.
/// </summary>
public sealed class QueuedSubmissionSweeper(JudgeDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger<QueuedSubmissionSweeper> logger)
{
    public const string JobId = "sweep-unqueued-submissions";

    /// <summary>Longer than the API's store-then-enqueue takes, so a live request is never raced.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Grace;
        var stuck = await db.Submissions
            .Where(s => s.State == SubmissionState.Queued && s.JobId == null && s.CreatedAt < cutoff)
            .Select(s => s.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var id in stuck)
        {
            // Claim first: of two sweepers, only the one whose update matched enqueues.
            var claimed = await db.Submissions.Where(s => s.Id == id && s.JobId == null)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.JobId, "sweeper"), cancellationToken);
            if (claimed == 1)
            {
                var jobId = jobs.Enqueue<ISubmissionJudgeJob>(JudgeQueues.Submit, j => j.JudgeAsync(id, CancellationToken.None));
                await db.Submissions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.JobId, jobId), cancellationToken);
                logger.LogWarning("Re-enqueued submission {Id} that was stored but never queued", id);
            }
        }
    }
}
