using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Judge.Core.Hosting;

/// <summary>
/// A small Kestrel app of its own for operators' endpoints (probes, /metrics), on addresses apart
/// from any public port: configured by <see cref="UrlsKey"/> ("off" for none). An address already
/// taken is logged and the host runs on without it: a second process on one host should not die of it.
/// </summary>
public abstract class InternalListener(IConfiguration configuration, ILogger logger) : IHostedService, IAsyncDisposable
{
    public const string Off = "off";

    private WebApplication? _app;

    /// <summary>The addresses bound (the real port when configured with port 0); empty when off.</summary>
    public IReadOnlyList<string> Addresses { get; private set; } = [];

    /// <summary>The configuration key of the addresses, e.g. Worker:HealthUrls.</summary>
    protected abstract string UrlsKey { get; }

    protected abstract string DefaultUrls { get; }

    /// <summary>What the listener is, for the log: "health", "metrics".</summary>
    protected abstract string Purpose { get; }

    /// <summary>Maps the endpoints.</summary>
    protected abstract void Map(WebApplication app);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var urls = (configuration[UrlsKey] ?? DefaultUrls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0 || urls is [Off])
        {
            logger.LogInformation("No {Purpose} listener ({Key} is off)", Purpose, UrlsKey);
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = GetType().Assembly.GetName().Name, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        Map(app);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            logger.LogError(e, "The {Purpose} listener could not bind {Urls}; running without it", Purpose, string.Join(";", urls));
            await app.DisposeAsync();
            return;
        }

        _app = app;
        Addresses = [.. app.Urls];
        logger.LogInformation("{Purpose} listener on {Urls}", Purpose, string.Join(";", Addresses));
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

        GC.SuppressFinalize(this);
    }
}
