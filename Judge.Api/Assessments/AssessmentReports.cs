using System.Security.Claims;
using System.Text.Json.Nodes;
using Judge.Api.Infrastructure;
using Judge.Api.Submissions;
using Judge.Core.Assessments;
using Judge.Core.Data;
using Judge.Core.Integrity;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Assessments;

/// <summary>The recruiter's report on one candidate: per task the final submission's results and a playback timeline.</summary>
public static class AssessmentReports
{
    public static async Task<IResult> GetAsync(Guid id, Guid invitationId, ClaimsPrincipal user, ProblemBank bank, JudgeDbContext db, SubmissionFingerprints fingerprints, TimeProvider time, CancellationToken cancellationToken)
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
                ? new TaskReport(task.Ordinal, task.ProblemId, spec?.Title ?? task.ProblemId, spec?.Difficulty ?? "unknown", null, [], [], 0)
                : await TaskAsync(new TaskContext(db, fingerprints, bank, assessment.OrganisationId, session.Id, invitation.CandidateEmail), task, spec, cancellationToken));
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

    /// <summary>What every task of one report is read with.</summary>
    private sealed record TaskContext(JudgeDbContext Db, SubmissionFingerprints Fingerprints, ProblemBank Bank, Guid OrganisationId, Guid SessionId, string CandidateEmail);

    private static async Task<TaskReport> TaskAsync(TaskContext context, AssessmentTask task, ProblemSpec? spec, CancellationToken cancellationToken)
    {
        var (db, sessionId) = (context.Db, context.SessionId);
        var title = spec?.Title ?? task.ProblemId;
        var difficulty = spec?.Difficulty ?? "unknown";
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
        var versions = snapshots.Select(s => new TimelineEntry(s.SavedAt, "snapshot", s.Language, s.Code, null, null, null, null))
            .Concat(final is null || submission is null ? [] : [new TimelineEntry(final.SubmittedAt, "submission", submission.Language, submission.Code, null, null, submission.Verdict?.ToWire(), null)])
            .ToList();
        var timeline = WithPastes(versions, spec)
            .Concat(runs.Select(r => new TimelineEntry(r.CreatedAt, "run", r.Language, r.Code, r.Id, r.Kind, r.Verdict?.ToWire(), r.Input is null ? null : JsonNode.Parse(r.Input))))
            .OrderBy(e => e.At) // stable: a paste stays right after the version that brought it
            .ToList();
        var similarity = submission is null
            ? new ReportSimilarity.Result([], 0)
            : await ReportSimilarity.FindAsync(db, context.Fingerprints, context.Bank, context.OrganisationId, sessionId, context.CandidateEmail, submission, cancellationToken);

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
            timeline,
            similarity.Matches,
            similarity.Compared);
    }

    /// <summary>
    /// The saved versions of the code (snapshots, then the final submission), each followed by a
    /// "paste" entry when it inserted a large block over the previous version in its language
    /// (<see cref="PasteDetector"/>). Computed on read: every save that changed the code is a
    /// snapshot, so consecutive snapshots of one language are exactly consecutive saves. The first
    /// version in a language is compared with the starting code the editor opened with; the final
    /// submission counts too, so code pasted and submitted before the next autosave is not missed.
    /// </summary>
    private static IEnumerable<TimelineEntry> WithPastes(List<TimelineEntry> versions, ProblemSpec? spec)
    {
        var skeletons = spec is null ? null : SkeletonRenderer.All(spec.Signature);
        var pastes = new Paste?[versions.Count];
        foreach (var language in Enumerable.Range(0, versions.Count).GroupBy(i => versions[i].Language))
        {
            var indices = language.ToList();
            var found = PasteDetector.Scan(skeletons?.GetValueOrDefault(language.Key), [.. indices.Select(i => versions[i].Code)]);
            for (var i = 0; i < indices.Count; i++)
            {
                pastes[indices[i]] = found[i];
            }
        }

        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            yield return version;
            if (pastes[i] is { } paste)
            {
                yield return new TimelineEntry(version.At, "paste", version.Language, version.Code, null, null, null, null,
                    new PasteView(paste.Characters, paste.NewCharacters, paste.Excerpt, paste.ExcerptTruncated, new LineRange(paste.StartLine, paste.EndLine)));
            }
        }
    }
}
