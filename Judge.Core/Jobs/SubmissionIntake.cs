using Hangfire;
using Judge.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Judge.Core.Jobs;

/// <summary>
/// How a submission enters judging: its problem version recorded, the row stored Queued, then a
/// job on the submit queue. Shared by the API (POST /api/submissions, start-up) and the scale
/// bench, so the bench measures the path candidates take.
/// </summary>
public static class SubmissionIntake
{
    /// <summary>Records a spec version submissions may name; insert-if-absent, as several hosts may start at once.</summary>
    public static Task RegisterProblemVersionAsync(JudgeDbContext db, string problemId, string specHash, string title, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync(
            $"INSERT INTO problem_versions (\"ProblemId\", \"SpecHash\", \"Title\", \"RegisteredAt\") VALUES ({problemId}, {specHash}, {title}, {now}) ON CONFLICT DO NOTHING",
            cancellationToken);
    }

    /// <summary>Stores <paramref name="submission"/> (State Queued) and enqueues its judge job; sets its JobId.</summary>
    public static async Task AcceptAsync(JudgeDbContext db, IBackgroundJobClient jobs, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(submission);
        db.Submissions.Add(submission);
        // Checkpoint: stored as Queued with no job id. If we die before the enqueue below,
        // the worker's sweeper finds it and enqueues it; nothing is lost.
        await db.SaveChangesAsync(cancellationToken);

        var id = submission.Id;
        submission.JobId = jobs.Enqueue<ISubmissionJudgeJob>(JudgeQueues.Submit, j => j.JudgeAsync(id, CancellationToken.None));
        await db.SaveChangesAsync(cancellationToken);
    }
}
