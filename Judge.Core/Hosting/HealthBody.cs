using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Core.Hosting;

/// <summary>A health report as both hosts answer it: the overall status and every check's own.</summary>
public sealed record HealthBody(string Status, double DurationMs, IReadOnlyDictionary<string, HealthCheckBody> Checks)
{
    /// <summary>The tag of the checks that decide readiness (/health/ready).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Degraded still serves: only Unhealthy takes a host out of rotation.</summary>
    public bool IsReady => Status != ToWire(HealthStatus.Unhealthy);

    public static HealthBody From(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new HealthBody(
            ToWire(report.Status),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries.ToDictionary(
                e => e.Key,
                e => new HealthCheckBody(
                    ToWire(e.Value.Status),
                    e.Value.Description,
                    Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    e.Value.Data.Count == 0 ? null : e.Value.Data)));
    }

    private static string ToWire(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}

/// <summary>One check's result: status, what it found, how long it took, and the numbers behind it.</summary>
public sealed record HealthCheckBody(string Status, string? Description, double DurationMs, IReadOnlyDictionary<string, object>? Data);
