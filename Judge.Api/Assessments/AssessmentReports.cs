using System.Security.Claims;
using System.Text.Json.Nodes;
using Judge.Api.Infrastructure;
using Judge.Api.Submissions;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Assessments;

/// <summary>The recruiter's report on one candidate: per task the final submission's results and a playback timeline.</summary>
public static class AssessmentReports
{
    public static async Task<IResult> GetAsync(Guid id, Guid invitationId, ClaimsPrincipal user, ProblemBank bank, JudgeDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var assessment = await AssessmentEndpoints.FindAsync(db, user, id, cancellationToken);
        if (assessment is null)
        {
            return AssessmentEndpoints.NotFound(id);
        }

        var invitation = await db.Invitations.AsNoTracking().Include(i => i.Session)
            .SingleOrDefaultAsync(i => i.Id == invitationId && i.AssessmentId == id, cancellationToken);
        if (invitation is null)
        {
            return ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown session", "invitationId", $"assessment {id} has no invitation {invitationId}");
        }

        var session = invitation.Session;
        var now = time.GetUtcNow();
        var tasks = new List<TaskReport>();
        foreach (var task in assessment.Tasks.OrderBy(t => t.Ordinal))
        {
            var spec = bank.Find(task.ProblemId);
            tasks.Add(session is null
                ? new TaskReport(task.Ordinal, task.ProblemId, spec?.Title ?? task.ProblemId, spec?.Difficulty ?? "unknown", null, [])
                : await TaskAsync(db, session.Id, task, spec?.Title ?? task.ProblemId, spec?.Difficulty ?? "unknown", cancellationToken));
        }

        var scores = tasks.Select(t => t.Submission?.Score?.Total ?? 0).ToList();
        var end = session?.FinishedAt ?? (session is null ? (DateTimeOffset?)null : now < session.Deadline ? now : session.Deadline);
        return TypedResults.Ok(new SessionReport(
            invitation.Id,
            invitation.CandidateName,
            invitation.CandidateEmail,
            assessment.Id,
            assessment.Title,
            assessment.DurationMinutes,
            SessionStates.Of(invitation, session, now),
            session?.StartedAt,
            session?.Deadline,
            session?.FinishedAt,
            session?.FinishReason,
            session is null ? null : Math.Round((end!.Value - session.StartedAt).TotalSeconds, 1),
            // Like Codility: the total is the mean of the tasks' totals; an unsubmitted task scores 0.
            session is null || scores.Count == 0 ? null : Math.Round(scores.Average(), 1),
            tasks));
    }

    private static async Task<TaskReport> TaskAsync(JudgeDbContext db, Guid sessionId, AssessmentTask task, string title, string difficulty, CancellationToken cancellationToken)
    {
        var final = await db.FinalSubmissions.AsNoTracking().SingleOrDefaultAsync(f => f.SessionId == sessionId && f.TaskOrdinal == task.Ordinal, cancellationToken);
        Submission? submission = null;
        ComplexityView? complexity = null;
        if (final is not null)
        {
            submission = await db.Submissions.AsNoTracking()
                .Include(s => s.Groups.OrderBy(g => g.Ordinal)).ThenInclude(g => g.Tests.OrderBy(t => t.Ordinal))
                .AsSplitQuery()
                .SingleAsync(s => s.Id == final.SubmissionId, cancellationToken);
            complexity = await ComplexityViews.FindAsync(db, submission.Id, cancellationToken);
        }

        var snapshots = await db.DraftSnapshots.AsNoTracking().Where(s => s.SessionId == sessionId && s.TaskOrdinal == task.Ordinal)
            .OrderBy(s => s.SavedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var runs = await db.TaskRuns.AsNoTracking().Where(r => r.SessionId == sessionId && r.TaskOrdinal == task.Ordinal)
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var timeline = snapshots.Select(s => new TimelineEntry(s.SavedAt, "snapshot", s.Language, s.Code, null, null, null, null))
            .Concat(runs.Select(r => new TimelineEntry(r.CreatedAt, "run", r.Language, r.Code, r.Id, r.Kind, r.Verdict?.ToWire(), r.Input is null ? null : JsonNode.Parse(r.Input))))
            .Concat(final is null || submission is null ? [] : [new TimelineEntry(final.SubmittedAt, "submission", submission.Language, submission.Code, null, null, submission.Verdict?.ToWire(), null)])
            .OrderBy(e => e.At)
            .ToList();

        return new TaskReport(task.Ordinal, task.ProblemId, title, difficulty,
            final is null || submission is null ? null : new FinalSubmissionReport(
                submission.Id,
                final.Automatic,
                final.SubmittedAt,
                submission.Language,
                submission.Code,
                submission.State.ToString(),
                submission.Verdict?.ToWire(),
                submission.TotalScore is null ? null : new ScoreView(submission.CorrectnessScore ?? 0, submission.PerformanceScore ?? 0, submission.TotalScore.Value),
                submission.CompileOk is null ? null : new CompileView(submission.CompileOk.Value, submission.CompileOutput ?? string.Empty),
                [.. submission.Groups.Select(g => new GroupView(g.Name, g.Kind, g.Verdict.ToWire(),
                    [.. g.Tests.Select(t => new TestView(t.Name, t.Verdict.ToWire(), t.CpuMs, t.WallMs, t.MemoryKb, t.Message))]))],
                complexity),
            timeline);
    }
}
