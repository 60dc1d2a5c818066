using Judge.Core.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;

namespace Judge.Worker.Health;

/// <summary>
/// The worker's own small HTTP listener for Kubernetes probes (the worker serves nothing else over
/// HTTP): /health/live (the process answers) and /health/ready (Postgres, the Docker daemon and
/// the sandbox images; each check in the body, 503 when not ready), and /metrics for Prometheus
/// (the worker's judging metrics; meant for the internal network like the probes). Kestrel on Worker:HealthUrls
/// (default http://127.0.0.1:5081; "off" for none). An address already taken is logged and the
/// worker judges on without probes: a second worker on one host should not die of it.
/// </summary>
public sealed class WorkerHealthListener(IServiceProvider services, IConfiguration configuration, ILogger<WorkerHealthListener> logger) : IHostedService, IAsyncDisposable
{
    public const string UrlsKey = "Worker:HealthUrls";
    public const string DefaultUrls = "http://127.0.0.1:5081";
    public const string Off = "off";
    public const string MetricsPath = "/metrics";

    private WebApplication? _app;

    /// <summary>The addresses bound (the real port when configured with port 0); empty when off.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var urls = (configuration[UrlsKey] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || urls is [Off])
        {
            logger.LogInformation("No health listener ({Key} is off)", UrlsKey);
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(WorkerHealthListener).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" }));
        app.MapGet("/health/ready", ReadyAsync);
        if (services.GetService<MeterProvider>() is { } meterProvider)
        {
            // The worker's own provider (this small app has none): its instruments, not the listener's.
            app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: MetricsPath, configureBranchedPipeline: null, optionsName: null);
        }

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            logger.LogError(e, "The health listener could not bind {Urls}; the worker runs without probes", string.Join(";", urls));
            await app.DisposeAsync();
            return;
        }

        _app = app;
        Addresses = [.. app.Urls];
        logger.LogInformation("Health listener on {Urls}", string.Join(";", Addresses));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private async Task<IResult> ReadyAsync(CancellationToken cancellationToken)
    {
        var report = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains(HealthBody.ReadyTag), cancellationToken);
        var body = HealthBody.From(report);
        return TypedResults.Json(body, statusCode: body.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
