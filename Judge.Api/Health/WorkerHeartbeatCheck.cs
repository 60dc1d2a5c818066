using Hangfire;
using Judge.Api.Queues;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Api.Health;

/// <summary>Ready only if some worker serving the run queue has sent a Hangfire heartbeat within the last minute: without one, runs and submissions only queue up.</summary>
public sealed class WorkerHeartbeatCheck(JobStorage storage, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var workers = RunWorkers.Read(storage, time.GetUtcNow());
            var data = new Dictionary<string, object>
            {
                ["servers"] = workers.Servers,
                ["workers"] = workers.Workers,
            };
            if (workers.LastHeartbeat is { } last)
            {
                data["lastHeartbeat"] = DateTime.SpecifyKind(last, DateTimeKind.Utc);
            }

            return Task.FromResult(workers.Servers > 0
                ? HealthCheckResult.Healthy($"{workers.Servers} worker server(s) with {workers.Workers} slot(s) serve the run queue", data)
                : HealthCheckResult.Unhealthy($"no worker serving the run queue has sent a heartbeat in the last {RunWorkers.HeartbeatWindow.TotalSeconds:F0} s", data: data));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the worker heartbeats cannot be read: {e.Message}"));
        }
    }
}
