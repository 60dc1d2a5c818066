namespace Judge.Core.Jobs;

/// <summary>
/// Measures a judged submission's time complexity (queue <see cref="JudgeQueues.Probe"/>, after the
/// verdict, so a probe never delays one). Carries only the submission id; safe to run twice.
/// </summary>
public interface IComplexityProbeJob
{
    Task ProbeAsync(Guid submissionId, CancellationToken cancellationToken);
}
