using OpenTelemetry.Metrics;

namespace Judge.Api.Telemetry;

/// <summary>
/// The API's Prometheus endpoint, /metrics on a listener of its own (Telemetry:MetricsUrls, default
/// http://127.0.0.1:9464; "off" for none), apart from the public port: the candidates' and
/// recruiters' address never serves it, so a proxy in front of the API cannot expose it by
/// mistake. An address already taken is logged and the API serves on without metrics.
/// </summary>
public sealed class MetricsListener(MeterProvider meterProvider, QueueDepthGauge queueDepth, IConfiguration configuration, ILogger<MetricsListener> logger) : IHostedService, IAsyncDisposable
{
    public const string UrlsKey = "Telemetry:MetricsUrls";
    public const string DefaultUrls = "http://127.0.0.1:9464";
    public const string Off = "off";
    public const string MetricsPath = "/metrics";

    private WebApplication? _app;

    /// <summary>The addresses bound (the real port when configured with port 0); empty when off.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = queueDepth; // created with the listener: a gauge nobody can scrape would only cost its callback
        var urls = (configuration[UrlsKey] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || urls is [Off])
        {
            logger.LogInformation("No metrics listener ({Key} is off)", UrlsKey);
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(MetricsListener).Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        // The API host's provider: this small app has none of its own.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: MetricsPath, configureBranchedPipeline: null, optionsName: null);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            logger.LogError(e, "The metrics listener could not bind {Urls}; the API serves without /metrics", string.Join(";", urls));
            await app.DisposeAsync();
            return;
        }

        _app = app;
        Addresses = [.. app.Urls];
        logger.LogInformation("Metrics listener on {Urls}", string.Join(";", Addresses));
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
}
