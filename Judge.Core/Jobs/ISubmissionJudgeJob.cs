namespace Judge.Core.Jobs;

/// <summary>
/// The job contract between API (enqueues) and worker (implements). The job carries only the
/// submission id; everything else is read from Postgres, so a retried job sees the same input.
/// </summary>
public interface ISubmissionJudgeJob
{
    Task JudgeAsync(Guid submissionId, CancellationToken cancellationToken);
}
