namespace Judge.Core.Jobs;

/// <summary>
/// Judges a practice run (examples or a custom input) on the <see cref="JudgeQueues.Run"/> queue.
/// Carries only the run id; the worker reads the rest from Postgres.
/// </summary>
public interface IRunJudgeJob
{
    Task JudgeRunAsync(Guid runId, CancellationToken cancellationToken);
}
