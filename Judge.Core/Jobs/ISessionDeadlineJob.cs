namespace Judge.Core.Jobs;

/// <summary>
/// Scheduled at a session's deadline: submits the last draft of every task not yet submitted and
/// closes the session. Safe to run twice (a closed session is left alone).
/// </summary>
public interface ISessionDeadlineJob
{
    Task CloseAsync(Guid sessionId, CancellationToken cancellationToken);
}
