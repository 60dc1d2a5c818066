namespace Judge.Core.Jobs;

/// <summary>Hangfire queue names, in the priority order workers poll them.</summary>
public static class JudgeQueues
{
    public const string Run = "run";
    public const string Submit = "submit";
    public const string Probe = "probe";

    /// <summary>Highest priority first: Hangfire fetches from queues in array order.</summary>
    public static readonly string[] ByPriority = [Run, Submit, Probe];
}
