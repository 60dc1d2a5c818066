namespace Judge.Worker.Bench;

/// <summary>Count, throughput and nearest-rank percentiles of a set of latency samples (ms) taken over a wall-clock span.</summary>
public sealed record LatencySummary(int Count, double PerSecond, double P50, double P95, double P99, double Max)
{
    public double PerMinute => PerSecond * 60;

    /// <summary>Summarises <paramref name="samplesMs"/> collected over <paramref name="span"/> (throughput = count ÷ span).</summary>
    public static LatencySummary Of(IEnumerable<double> samplesMs, TimeSpan span)
    {
        ArgumentNullException.ThrowIfNull(samplesMs);
        if (span <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "the span must be positive");
        }

        var sorted = samplesMs.Order().ToList();
        if (sorted.Count == 0)
        {
            return new LatencySummary(0, 0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new LatencySummary(
            sorted.Count,
            sorted.Count / span.TotalSeconds,
            BenchCommand.Percentile(sorted, 50),
            BenchCommand.Percentile(sorted, 95),
            BenchCommand.Percentile(sorted, 99),
            sorted[^1]);
    }
}
