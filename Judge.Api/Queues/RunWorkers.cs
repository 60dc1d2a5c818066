using Hangfire;
using Judge.Core.Jobs;

namespace Judge.Api.Queues;

/// <summary>The Hangfire servers serving the run queue that sent a heartbeat within the last minute, and their worker slots.</summary>
public sealed record RunWorkers(int Servers, int Workers, DateTime? LastHeartbeat)
{
    /// <summary>Hangfire servers beat every 30 s: a minute of silence means the server is gone or stuck.</summary>
    public static readonly TimeSpan HeartbeatWindow = TimeSpan.FromMinutes(1);

    /// <summary>One query of Hangfire's server table (the monitoring API).</summary>
    public static RunWorkers Read(JobStorage storage, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var servers = storage.GetMonitoringApi().Servers();
        var live = servers
            .Where(s => s.Heartbeat is { } beat && now.UtcDateTime - DateTime.SpecifyKind(beat, DateTimeKind.Utc) <= HeartbeatWindow)
            .Where(s => s.Queues.Contains(JudgeQueues.Run, StringComparer.Ordinal))
            .ToList();
        return new RunWorkers(live.Count, live.Sum(s => s.WorkersCount), servers.Max(s => s.Heartbeat));
    }
}
