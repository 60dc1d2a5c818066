using Judge.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Core.Hosting;

/// <summary>Ready only if the shared database answers; registered by both hosts as "postgres".</summary>
public sealed class PostgresHealthCheck(JudgeDbContext db) : IHealthCheck
{
    public const string Name = "postgres";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Postgres answers")
                : HealthCheckResult.Unhealthy("Postgres is not reachable");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"Postgres is not reachable: {e.Message}");
        }
    }
}
