namespace Judge.Api.Queues;

/// <summary>
/// How long a full run queue takes to drain (pure arithmetic). A run's service time is an
/// exponential moving average of recent completed runs' durations (judging start to completion);
/// the queue drains at one run per service time per worker slot serving the run queue.
/// </summary>
public static class WaitEstimate
{
    /// <summary>Weight of each newer duration in the average: the last ten or so runs dominate.</summary>
    public const double Smoothing = 0.2;

    /// <summary>Retry-After when no worker serves the run queue: nothing drains, so ask again in a minute.</summary>
    public const int NoWorkerRetrySeconds = 60;

    /// <summary>The moving average of durations given oldest first, or null when there are none.</summary>
    public static double? ServiceSeconds(IEnumerable<double> durationsOldestFirst, double smoothing = Smoothing)
    {
        ArgumentNullException.ThrowIfNull(durationsOldestFirst);
        double? average = null;
        foreach (var d in durationsOldestFirst.Where(d => d >= 0 && double.IsFinite(d)))
        {
            average = average is { } a ? a + (smoothing * (d - a)) : d;
        }

        return average;
    }

    /// <summary>Seconds before a run queued now behind <paramref name="depth"/> others starts; null with no worker.</summary>
    public static int? WaitSeconds(long depth, double serviceSeconds, int workers) =>
        workers <= 0 ? null : (int)Math.Ceiling(Math.Max(0, depth) * serviceSeconds / workers);

    /// <summary>Seconds until the queue is below its bound again (at least 1), so a retry then is accepted.</summary>
    public static int RetryAfterSeconds(long depth, int bound, double serviceSeconds, int workers) =>
        workers <= 0 ? NoWorkerRetrySeconds : Math.Max(1, (int)Math.Ceiling(Math.Max(1, depth - bound + 1) * serviceSeconds / workers));
}
