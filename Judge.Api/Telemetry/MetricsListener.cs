using Judge.Core.Hosting;
using OpenTelemetry.Metrics;

namespace Judge.Api.Telemetry;

/// <summary>
/// The API's Prometheus endpoint, /metrics on a listener of its own (Telemetry:MetricsUrls, default
/// http://127.0.0.1:9464; "off" for none), apart from the public port: the candidates' and
/// recruiters' address never serves it, so a proxy in front of the API cannot expose it by
/// mistake. See <see cref="InternalListener"/>.
/// </summary>
public sealed class MetricsListener(MeterProvider meterProvider, QueueDepthGauge queueDepth, IConfiguration configuration, ILogger<MetricsListener> logger)
    : InternalListener(configuration, logger)
{
    public const string Key = "Telemetry:MetricsUrls";
    public const string Default = "http://127.0.0.1:9464";
    public const string MetricsPath = "/metrics";

    protected override string UrlsKey => Key;

    protected override string DefaultUrls => Default;

    protected override string Purpose => "metrics";

    protected override void Map(WebApplication app)
    {
        _ = queueDepth; // created with the listener: a gauge nobody can scrape would only cost its callback
        // The API host's provider: this small app has none of its own.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider, predicate: null, path: MetricsPath, configureBranchedPipeline: null, optionsName: null);
    }
}
