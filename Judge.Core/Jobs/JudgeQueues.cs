namespace Judge.Core.Jobs;

/// <summary>Hangfire queue names, in the priority order workers poll them.</summary>
public static class JudgeQueues
{
    public const string Run = "run";
    public const string Submit = "submit";
    public const string Probe = "probe";

    /// <summary>Highest priority first: Hangfire fetches from queues in array order.</summary>
    public static readonly string[] ByPriority = [Run, Submit, Probe];

    /// <summary>
    /// The queues a worker serves, from a comma list such as "run,submit" (Worker:Queues), kept in
    /// priority order; null or empty: all of them. Lets probes run on workers of their own.
    /// </summary>
    public static string[] Parse(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return ByPriority;
        }

        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Except(ByPriority, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0 || names.Length == 0)
        {
            throw new InvalidOperationException($"Worker:Queues: unknown queue '{string.Join("', '", unknown)}'; the queues are {string.Join(", ", ByPriority)}");
        }

        return [.. ByPriority.Where(names.Contains)];
    }
}
