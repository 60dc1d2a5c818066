using Judge.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Judge.Worker.Health;

/// <summary>
/// The worker's own small HTTP listener for Kubernetes probes (the worker serves nothing else over
/// HTTP): /health/live (the process answers) and /health/ready (Postgres, the Docker daemon and
/// the sandbox images; each check in the body, 503 when not ready), and /metrics for Prometheus
/// (the worker's judging metrics; meant for the internal network like the probes). Kestrel on Worker:HealthUrls
/// (default http://127.0.0.1:5081; "off" for none); see <see cref="InternalListener"/>.
/// </summary>
public sealed class WorkerHealthListener(IServiceProvider services, IConfiguration configuration, ILogger<WorkerHealthListener> logger)
    : InternalListener(configuration, logger)
{
    public const string Key = "Worker:HealthUrls";
    public const string Default = "http://127.0.0.1:5081";
    public const string MetricsPath = "/metrics";

    protected override string UrlsKey => Key;

    protected override string DefaultUrls => Default;

    protected override string Purpose => "health";

    protected override void Map(WebApplication app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" }));
        app.MapGet("/health/ready", ReadyAsync);
        if (services.GetService<MeterProvider>() is { } meterProvider)
        {
            // The worker's own provider (this small app has none): its instruments, not the listener's.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: MetricsPath, configureBranchedPipeline: null, optionsName: null);
        }
    }

    private async Task<IResult> ReadyAsync(CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthBody.ReadyTag), cancellationToken);
        var body = HealthBody.From(report);
        return TypedResults.Json(body, statusCode: body.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
