using Judge.Api.Infrastructure;
using Judge.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Judge.Api.Candidates;

/// <summary>What a candidate's token opens: its own invitation, assessment and session, nothing else.</summary>
public sealed record CandidateContext(Invitation Invitation, Assessment Assessment, CandidateSession? Session);

/// <summary>Resolves tokens and guards changes by the server's clock.</summary>
public static class CandidateAccess
{
    /// <summary>The context of a token, or null for any token that is not a live one (malformed, unknown).</summary>
    public static async Task<CandidateContext?> FindAsync(JudgeDbContext db, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!SecretTokens.LooksValid(token))
        {
            return null;
        }

        var hash = SecretTokens.Hash(token);
        var invitation = await db.Invitations.AsNoTracking().Include(i => i.Session).SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return null;
        }

        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Tasks.OrderBy(t => t.Ordinal)).SingleAsync(a => a.Id == invitation.AssessmentId, cancellationToken);
        return new CandidateContext(invitation, assessment, invitation.Session);
    }

    public static IResult UnknownToken() =>
        ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown invitation", "token", "this link is not a valid invitation; check it against the e-mail you received");

    /// <summary>Null when the session may change now; otherwise the 409 that says why not.</summary>
    public static IResult? RefuseChange(CandidateSession? session, DateTimeOffset now) => session switch
    {
        null => ProblemResults.Field(StatusCodes.Status409Conflict, "Not started", "session", "start the session first (POST .../start)"),
        { FinishedAt: { } finished } => ProblemResults.Field(StatusCodes.Status409Conflict, "Session finished", "session", $"the session finished at {finished:O}; no more changes are accepted"),
        _ when now >= session.Deadline => TimeIsUp(session.Deadline),
        _ => null,
    };

    public static IResult TimeIsUp(DateTimeOffset deadline) =>
        ProblemResults.Field(StatusCodes.Status409Conflict, "Time is up", "deadline", $"the deadline was {deadline:O}; no more changes are accepted");

    public static IResult Finished() =>
        ProblemResults.Field(StatusCodes.Status409Conflict, "Session finished", "session", "the session has finished; no more changes are accepted");

    public static AssessmentTask? Task(CandidateContext context, int ordinal) =>
        context?.Assessment.Tasks.SingleOrDefault(t => t.Ordinal == ordinal);

    public static IResult UnknownTask(int ordinal) =>
        ProblemResults.Field(StatusCodes.Status404NotFound, "Unknown task", "ordinal", $"this assessment has no task {ordinal}");

    /// <summary>Null when the assessment allows the language; otherwise a 400 naming the field.</summary>
    public static IResult? RefuseLanguage(CandidateContext context, string language) =>
        context!.Assessment.Languages.Contains(language)
            ? null
            : ProblemResults.Field(StatusCodes.Status400BadRequest, "Language not allowed", "language", $"this assessment allows {string.Join(", ", context.Assessment.Languages)}");
}
