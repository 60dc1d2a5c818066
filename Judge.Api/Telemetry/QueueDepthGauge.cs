using System.Diagnostics.Metrics;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Telemetry;
using Npgsql;

namespace Judge.Api.Telemetry;

/// <summary>
/// judge.queue.depth: the jobs waiting (not yet fetched by a worker) in each Hangfire queue, read
/// only when a scrape collects it: one grouped count over Hangfire's jobqueue table (the
/// (queue, fetchedat) index answers it, as for RunQueueGate), never on a timer. The depth is one
/// figure for the whole system, so every API instance reports the same: aggregate with max, not sum.
/// A database that does not answer leaves the gauge out of that scrape (and logs why).
/// </summary>
public sealed class QueueDepthGauge : IDisposable
{
    private const string DepthSql = "SELECT queue, count(*) FROM " + JudgeStorage.HangfireSchema + ".jobqueue WHERE fetchedat IS NULL AND queue = ANY(@queues) GROUP BY queue";

    /// <summary>A scrape waits for the count at most this long (Prometheus's own timeout is 10 s by default).</summary>
    private const int CommandTimeoutSeconds = 3;

    private readonly string _connectionString;
    private readonly ILogger<QueueDepthGauge> _logger;
    private readonly Meter _meter;

    public QueueDepthGauge(IMeterFactory meters, IConfiguration configuration, ILogger<QueueDepthGauge> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _connectionString = configuration.GetConnectionString(JudgeStorage.ConnectionStringName)
            ?? throw new InvalidOperationException($"no connection string '{JudgeStorage.ConnectionStringName}'");
        _logger = logger;
        // The host's meter (disposed with it), so that a disposed host leaves no callback behind on the process-wide one.
        _meter = meters.Create(JudgeTelemetry.Name);
        _meter.CreateObservableGauge(JudgeTelemetry.QueueDepthName, Observe, unit: "{job}",
            description: "Jobs waiting in each Hangfire queue, not yet fetched by a worker");
    }

    /// <summary>Waiting jobs per queue, every queue of <see cref="JudgeQueues.ByPriority"/> present (0 when empty).</summary>
    public IReadOnlyDictionary<string, long> Read()
    {
        var depths = JudgeQueues.ByPriority.ToDictionary(q => q, _ => 0L, StringComparer.Ordinal);
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(DepthSql, connection) { CommandTimeout = CommandTimeoutSeconds };
        command.Parameters.AddWithValue("queues", JudgeQueues.ByPriority);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            depths[reader.GetString(0)] = reader.GetInt64(1);
        }

        return depths;
    }

    public void Dispose() => _meter.Dispose();

    // Synchronous: observable instruments have no async callback, and a scrape runs it on its own thread.
    private IEnumerable<Measurement<long>> Observe()
    {
        IReadOnlyDictionary<string, long> depths;
        try
        {
            depths = Read();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            _logger.LogWarning(e, "Queue depth not read for this scrape");
            return [];
        }

        return [.. depths.Select(d => new Measurement<long>(d.Value, new KeyValuePair<string, object?>(JudgeTelemetry.Tags.Queue, d.Key)))];
    }
}
