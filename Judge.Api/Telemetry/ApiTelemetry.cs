using Judge.Core.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Judge.Api.Telemetry;

/// <summary>The API's metrics (HTTP server, queue depth, Prometheus on its own port) and request spans.</summary>
public static class ApiTelemetry
{
    public static IServiceCollection AddApiTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddJudgeTelemetry(
            configuration,
            "judge-api",
            m => m.AddAspNetCoreInstrumentation().AddPrometheusExporter(),
            // Probes every few seconds would drown the traces of real requests.
            t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal)));
        services.AddSingleton<QueueDepthGauge>();
        services.AddSingleton<MetricsListener>();
        services.AddHostedService(sp => sp.GetRequiredService<MetricsListener>());
        return services;
    }
}
