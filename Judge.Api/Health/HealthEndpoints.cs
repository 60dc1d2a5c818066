using Judge.Core.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Judge.Api.Health;

/// <summary>
/// /health/live: the process answers. /health/ready: it can do its work: Postgres answers and at
/// least one worker serving the run queue has sent a heartbeat within the last minute. Each
/// check's result is in the body; 503 when not ready.
/// </summary>
public static class HealthEndpoints
{
    public const string WorkersCheck = "workers";

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddApiHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>(PostgresHealthCheck.Name, tags: [HealthBody.ReadyTag], timeout: CheckTimeout)
            .AddCheck<WorkerHeartbeatCheck>(WorkersCheck, tags: [HealthBody.ReadyTag], timeout: CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new { status = "live" })).WithSummary("The API process is up");
        group.MapGet("/ready", ReadyAsync).WithSummary("The API can serve: Postgres answers and a judging worker is alive (each check in the body; 503 when not)")
            .Produces<HealthBody>().Produces<HealthBody>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    public static async Task<JsonHttpResult<HealthBody>> ReadyAsync(HealthCheckService health, CancellationToken cancellationToken)
    {
        var body = HealthBody.From(await health.CheckHealthAsync(c => c.Tags.Contains(HealthBody.ReadyTag), cancellationToken));
        return TypedResults.Json(body, statusCode: body.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
