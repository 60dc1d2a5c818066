using Judge.Core.Data;

namespace Judge.Core.Assessments;

/// <summary>Where a candidate is, by the server's clock (wire names shared by candidate and recruiter views).</summary>
public static class SessionStates
{
    public const string Invited = "invited";
    public const string Expired = "expired";
    public const string InProgress = "in-progress";
    public const string Finished = "finished";

    public static string Of(Invitation invitation, CandidateSession? session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        return session switch
        {
            null when now >= invitation.ExpiresAt => Expired,
            null => Invited,
            // Past the deadline the session is over even before the deadline job has run.
            { FinishedAt: not null } => Finished,
            _ when now >= session.Deadline => Finished,
            _ => InProgress,
        };
    }
}
