using Hangfire;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Hosting;
using Judge.Core.Jobs;
using Judge.Problems.Loading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Judge.Worker.Jobs;

/// <summary>
/// Runs at a session's deadline (scheduled by the API at start; the overdue sweep is the safety net):
/// submits the last draft of every task the candidate did not submit and closes the session.
/// Safe to run twice: <see cref="FinalSubmissions.CloseAsync"/> does nothing to a closed session.
/// </summary>
public sealed class SessionDeadlineJob(JudgeDbContext db, ProblemBank bank, FinalSubmissions finals, IBackgroundJobClient jobs, TimeProvider time, ILogger<SessionDeadlineJob> logger) : ISessionDeadlineJob
{
    public const string DeadlineReason = "deadline";

    public async Task CloseAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogScope.Job("deadline", "SessionId", sessionId));
        var session = await db.CandidateSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.FinishedAt is not null)
        {
            return;
        }

        if (time.GetUtcNow() < session.Deadline)
        {
            // Triggered early (from the dashboard, say): the candidate keeps their time.
            jobs.Schedule<ISessionDeadlineJob>(JudgeQueues.Submit, j => j.CloseAsync(sessionId, CancellationToken.None), session.Deadline);
            return;
        }

        var problemIds = await db.Invitations.Where(i => i.Id == session.InvitationId)
            .Join(db.Assessments, i => i.AssessmentId, a => a.Id, (i, a) => a.Id)
            .Join(db.Set<AssessmentTask>(), a => a, t => t.AssessmentId, (a, t) => new { t.Ordinal, t.ProblemId })
            .ToListAsync(cancellationToken);
        var tasks = new Dictionary<int, (string, string)>();
        foreach (var task in problemIds)
        {
            if (bank.Find(task.ProblemId) is not { } spec)
            {
                logger.LogError("Session {Session}: task {Problem} is not in this worker's bank; its draft is not submitted", sessionId, task.ProblemId);
                continue;
            }

            // The version must be registered before a submission can name it (the API does this for its own bank).
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO problem_versions (\"ProblemId\", \"SpecHash\", \"Title\", \"RegisteredAt\") VALUES ({spec.Id}, {spec.SpecHash}, {spec.Title}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
                cancellationToken);
            tasks[task.Ordinal] = (spec.Id, spec.SpecHash);
        }

        if (await finals.CloseAsync(sessionId, DeadlineReason, tasks, cancellationToken))
        {
            logger.LogInformation("Session {Session} closed at its deadline", sessionId);
        }
    }
}

/// <summary>
/// Closes sessions whose deadline passed without their job having run (the API died between
/// starting the session and scheduling it, or the job was deleted). Runs every minute.
/// </summary>
public sealed class OverdueSessionSweeper(JudgeDbContext db, ISessionDeadlineJob deadline, TimeProvider time)
{
    public const string JobId = "close-overdue-sessions";

    /// <summary>Longer than Hangfire's schedule polling, so the scheduled job normally wins.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Grace;
        var overdue = await db.CandidateSessions.Where(s => s.FinishedAt == null && s.Deadline < cutoff)
            .Select(s => s.Id).Take(200).ToListAsync(cancellationToken);
        foreach (var id in overdue)
        {
            await deadline.CloseAsync(id, cancellationToken);
        }
    }
}
