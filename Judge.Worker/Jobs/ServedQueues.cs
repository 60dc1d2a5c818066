using Judge.Core.Jobs;

namespace Judge.Worker.Jobs;

/// <summary>
/// `Worker:Queues`: the queues a `serve` process takes jobs from (comma-separated; default all of
/// them). Lets probes run on hosts of their own, and the scale bench measure verdicts without
/// probes taking its CPU. Always polled in the priority order of <see cref="JudgeQueues.ByPriority"/>.
/// </summary>
public static class ServedQueues
{
    public const string Key = "Worker:Queues";

    public static string[] Parse(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return JudgeQueues.ByPriority;
        }

        var names = configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !JudgeQueues.ByPriority.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0 || names.Length == 0)
        {
            throw new InvalidOperationException(
                $"{Key} '{configured}': unknown queue(s) {string.Join(", ", unknown)}; use some of {string.Join(",", JudgeQueues.ByPriority)}");
        }

        return [.. JudgeQueues.ByPriority.Where(names.Contains)];
    }
}
