using System.Globalization;
using Hangfire;
using Judge.Api.Infrastructure;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Judge.Api.Queues;

/// <summary>
/// Refuses a run while the run queue holds Queues:RunQueueBound waiting runs or more, instead of
/// piling more up. The depth is read on every run request: one count over Hangfire's jobqueue table
/// (an index-only scan), sent as a plain command on the request's connection: 0.3-1.2 ms here,
/// level with Hangfire's monitoring API (which counts fetched jobs too) and 0.1-0.3 ms under EF
/// Core's SqlQueryRaw (RunQueueDepthTests reports all three). The bound is soft: requests racing
/// past the check together may each enqueue one more.
/// </summary>
public sealed class RunQueueGate(IOptionsMonitor<QueueOptions> options, JobStorage storage, TimeProvider time, ILogger<RunQueueGate> logger)
{
    /// <summary>The service time and worker count change slowly; refusals under load reuse them this long.</summary>
    public static readonly TimeSpan CapacityLifetime = TimeSpan.FromSeconds(10);

    /// <summary>Waiting (not yet fetched) jobs of one queue; Hangfire's (queue, fetchedat) index answers it.</summary>
    private const string DepthSql = "SELECT count(*) FROM " + JudgeStorage.HangfireSchema + ".jobqueue WHERE queue = @queue AND fetchedat IS NULL";

    private Capacity? _capacity;

    /// <summary>Runs waiting in the run queue now.</summary>
    public static async Task<long> DepthAsync(JudgeDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = DepthSql;
            var queue = command.CreateParameter();
            queue.ParameterName = "queue";
            queue.Value = JudgeQueues.Run;
            command.Parameters.Add(queue);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Null when a run may be queued; otherwise the 429 to answer.</summary>
    public async Task<IResult?> CheckAsync(JudgeDbContext db, CancellationToken cancellationToken)
    {
        var bound = options.CurrentValue.RunQueueBound;
        var depth = await DepthAsync(db, cancellationToken);
        if (depth < bound)
        {
            return null;
        }

        var capacity = await CapacityAsync(db, cancellationToken);
        var wait = WaitEstimate.WaitSeconds(depth, capacity.ServiceSeconds, capacity.Workers.Workers);
        var retry = WaitEstimate.RetryAfterSeconds(depth, bound, capacity.ServiceSeconds, capacity.Workers.Workers);
        logger.LogWarning("Run refused: {Depth} runs wait (bound {Bound}); estimated wait {Wait} s with {Workers} worker slots at {Service:F1} s a run",
            depth, bound, wait, capacity.Workers.Workers, capacity.ServiceSeconds);
        var message = wait is null
            ? $"{depth} runs are waiting and no judging worker is running; try again in {retry} s"
            : $"{depth} runs are waiting (about {wait} s); try again in {retry} s";
        return ProblemResults.TooManyRequests("queue", message, retry, new Dictionary<string, object?>
        {
            ["limit"] = $"{QueueOptions.SectionName}:RunQueueBound",
            ["queueDepth"] = depth,
            ["queueBound"] = bound,
            ["estimatedWaitSeconds"] = wait,
            ["serviceSeconds"] = Math.Round(capacity.ServiceSeconds, 2),
            ["workers"] = capacity.Workers.Workers,
        });
    }

    private async Task<Capacity> CapacityAsync(JudgeDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_capacity is { } cached && now - cached.At < CapacityLifetime)
        {
            return cached;
        }

        var settings = options.CurrentValue;
        var recent = await db.TaskRuns.AsNoTracking()
            .Where(r => r.CompletedAt != null && r.StartedAt != null)
            .OrderByDescending(r => r.CompletedAt)
            .Take(settings.ServiceTimeSamples)
            .Select(r => new { r.StartedAt, r.CompletedAt })
            .ToListAsync(cancellationToken);
        var service = WaitEstimate.ServiceSeconds(recent.AsEnumerable().Reverse().Select(r => (r.CompletedAt!.Value - r.StartedAt!.Value).TotalSeconds))
            ?? settings.DefaultRunSecondsEstimate;
        var capacity = new Capacity(service, RunWorkers.Read(storage, now), now);
        _capacity = capacity;
        return capacity;
    }

    private sealed record Capacity(double ServiceSeconds, RunWorkers Workers, DateTimeOffset At);
}
