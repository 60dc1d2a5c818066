using Judge.Core.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Health;

/// <summary>/health/live: the process answers. /health/ready: it can reach Postgres.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/health").WithTags("Health");
        group.MapGet("/live", () => TypedResults.Ok(new { status = "live" })).WithSummary("The API process is up");
        group.MapGet("/ready", ReadyAsync).WithSummary("The API can reach its database");
        return app;
    }

    public static async Task<Results<Ok<object>, ProblemHttpResult>> ReadyAsync(JudgeDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok<object>(new { status = "ready" })
            : TypedResults.Problem(title: "Not ready", detail: "Postgres is not reachable", statusCode: StatusCodes.Status503ServiceUnavailable);
}
