using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Judge.Core.Telemetry;

/// <summary>
/// The OpenTelemetry wiring both hosts share: metrics of the "Judge" meter and the .NET runtime
/// (each host adds its Prometheus exporter), and traces over OTLP only when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set, so that without a collector no span is even created.
/// </summary>
public static class TelemetryHosting
{
    /// <summary>The standard OpenTelemetry variable (read through configuration, so also from appsettings).</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The runtime's built-in meter (.NET 9+): GC, heap, thread pool, exceptions.</summary>
    public const string RuntimeMeter = "System.Runtime";

    public static bool TracingEnabled(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
    }

    /// <param name="serviceName">service.name of the spans: judge-api or judge-worker.</param>
    /// <param name="metrics">The host's own instruments and its exporter.</param>
    /// <param name="tracing">The host's own span sources, added only when tracing is on.</param>
    public static IServiceCollection AddJudgeTelemetry(
        this IServiceCollection services,
        IConfiguration configuration,
        string serviceName,
        Action<MeterProviderBuilder> metrics,
        Action<TracerProviderBuilder>? tracing = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(m =>
            {
                m.AddMeter(JudgeTelemetry.Name, RuntimeMeter);
                metrics(m);
            });
        if (TracingEnabled(configuration))
        {
            otel.WithTracing(t =>
            {
                t.AddSource(JudgeTelemetry.Name);
                tracing?.Invoke(t);
                t.AddOtlpExporter();
            });
        }

        return services;
    }

    /// <summary>Adds the trace-context filter to Hangfire once per process (API and worker may share one in tests).</summary>
    public static IGlobalConfiguration UseJudgeTraceContext(this IGlobalConfiguration configuration)
    {
        lock (GlobalJobFilters.Filters)
        {
            if (!GlobalJobFilters.Filters.Any(f => f.Instance is TraceContextJobFilter))
            {
                configuration.UseFilter(TraceContextJobFilter.Instance);
            }
        }

        return configuration;
    }
}
