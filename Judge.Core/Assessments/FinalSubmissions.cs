using Hangfire;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Microsoft.EntityFrameworkCore;

namespace Judge.Core.Assessments;

/// <summary>
/// Turns a session's code into final submissions, the same way POST /api/submissions does (a
/// Submission row stored Queued, then a job on the submit queue). Used by the candidate's submit and
/// finish (API) and by the deadline job (worker). Every path locks the session row first, so a
/// submit racing the deadline job yields one final submission per task, never two.
/// </summary>
public sealed class FinalSubmissions(JudgeDbContext db, IBackgroundJobClient jobs, TimeProvider time)
{
    /// <summary>Submits one task. Returns why not when it cannot (finished, past deadline, already submitted).</summary>
    /// <param name="specHash">The current spec version of the task's problem (from the caller's bank).</param>
    public async Task<(Guid? SubmissionId, SubmitRefusal? Refusal)> SubmitTaskAsync(
        Guid sessionId, int taskOrdinal, string problemId, string specHash, string language, string code, CancellationToken cancellationToken)
    {
        Guid submissionId;
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var session = await LockAsync(sessionId, cancellationToken);
            var now = time.GetUtcNow();
            if (session.FinishedAt is not null)
            {
                return (null, SubmitRefusal.Finished);
            }

            if (now >= session.Deadline)
            {
                return (null, SubmitRefusal.PastDeadline);
            }

            if (await db.FinalSubmissions.AnyAsync(f => f.SessionId == sessionId && f.TaskOrdinal == taskOrdinal, cancellationToken))
            {
                return (null, SubmitRefusal.AlreadySubmitted);
            }

            submissionId = Add(sessionId, taskOrdinal, problemId, specHash, language, code, automatic: false, now);
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        // Checkpoint: stored Queued without a job id; if we die here the sweeper enqueues it.
        await EnqueueAsync([submissionId], cancellationToken);
        return (submissionId, null);
    }

    /// <summary>
    /// Closes a session: the most recently saved draft of every task without a final submission is
    /// submitted, and the session is marked finished. Returns false when it was closed already.
    /// </summary>
    /// <param name="tasks">The assessment's tasks by ordinal, with the current spec hash of each.</param>
    public async Task<bool> CloseAsync(Guid sessionId, string reason, IReadOnlyDictionary<int, (string ProblemId, string SpecHash)> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var created = new List<Guid>();
        await using (var tx = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var session = await LockAsync(sessionId, cancellationToken);
            if (session.FinishedAt is not null)
            {
                return false;
            }

            var now = time.GetUtcNow();
            var submitted = await db.FinalSubmissions.Where(f => f.SessionId == sessionId).Select(f => f.TaskOrdinal).ToListAsync(cancellationToken);
            var drafts = await db.Drafts.Where(d => d.SessionId == sessionId).ToListAsync(cancellationToken);
            foreach (var (ordinal, task) in tasks)
            {
                // The draft the candidate touched last is the one they were working on.
                var last = drafts.Where(d => d.TaskOrdinal == ordinal).OrderByDescending(d => d.UpdatedAt).FirstOrDefault();
                if (submitted.Contains(ordinal) || last is null || string.IsNullOrWhiteSpace(last.Code))
                {
                    continue;
                }

                created.Add(Add(sessionId, ordinal, task.ProblemId, task.SpecHash, last.Language, last.Code, automatic: true, now));
            }

            session.FinishedAt = now < session.Deadline ? now : session.Deadline;
            session.FinishReason = reason;
            await db.SaveChangesAsync(cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        await EnqueueAsync(created, cancellationToken);
        return true;
    }

    private async Task<CandidateSession> LockAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        // FOR UPDATE: submit, finish and the deadline job of one session take turns here.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM candidate_sessions WHERE \"Id\" = {sessionId} FOR UPDATE", cancellationToken);
        var session = await db.CandidateSessions.SingleAsync(s => s.Id == sessionId, cancellationToken);
        await db.Entry(session).ReloadAsync(cancellationToken);
        return session;
    }

    private Guid Add(Guid sessionId, int taskOrdinal, string problemId, string specHash, string language, string code, bool automatic, DateTimeOffset now)
    {
        var submission = new Submission
        {
            Id = Guid.CreateVersion7(),
            ProblemId = problemId,
            SpecHash = specHash,
            Language = language,
            Code = code,
            State = SubmissionState.Queued,
            CreatedAt = now,
        };
        db.Submissions.Add(submission);
        db.FinalSubmissions.Add(new FinalSubmission
        {
            SessionId = sessionId,
            TaskOrdinal = taskOrdinal,
            SubmissionId = submission.Id,
            Automatic = automatic,
            SubmittedAt = now,
        });
        return submission.Id;
    }

    private async Task EnqueueAsync(IReadOnlyList<Guid> submissionIds, CancellationToken cancellationToken)
    {
        foreach (var id in submissionIds)
        {
            var jobId = jobs.Enqueue<ISubmissionJudgeJob>(JudgeQueues.Submit, j => j.JudgeAsync(id, CancellationToken.None));
            await db.Submissions.Where(s => s.Id == id).ExecuteUpdateAsync(u => u.SetProperty(s => s.JobId, jobId), cancellationToken);
        }
    }
}

/// <summary>Why a final submission was refused; each maps to a 409 for the candidate.</summary>
public enum SubmitRefusal
{
    Finished,
    PastDeadline,
    AlreadySubmitted,
}
