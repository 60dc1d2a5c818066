using Hangfire;
using Hangfire.AspNetCore;
using Judge.Api.Telemetry;
using Judge.Worker;
using Judge.Worker.Health;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Testcontainers.PostgreSql;

namespace Judge.Tests.Integration;

/// <summary>
/// The whole system, once for every test in this namespace: Postgres in a container
/// (Testcontainers, locally built image), the API through WebApplicationFactory, and a worker
/// (Hangfire server with the real Docker sandbox) in this process.
/// </summary>
[SetUpFixture]
public sealed class IntegrationEnvironment
{
    private static PostgreSqlContainer? _postgres;
    private static WebApplicationFactory<Program>? _api;
    private static IHost? _worker;

    public static HttpClient Api { get; private set; } = null!;

    /// <summary>The API's address on loopback, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public static string BaseUrl { get; private set; } = string.Empty;

    public static string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A client of its own (its own cookies), for tests that sign in as different recruiters.</summary>
    public static HttpClient NewClient() => (_api ?? throw new InvalidOperationException("the API has not started")).CreateClient();

    /// <summary>The worker's services (database context, jobs) for tests that set up state directly.</summary>
    public static IServiceProvider WorkerServices => _worker?.Services ?? throw new InvalidOperationException("the worker has not started");

    /// <summary>The in-process worker's health listener, e.g. http://127.0.0.1:41234.</summary>
    public static string WorkerHealthUrl => WorkerServices.GetRequiredService<WorkerHealthListener>().Addresses[0];

    /// <summary>The API's metrics listener (Prometheus /metrics), e.g. http://127.0.0.1:41235.</summary>
    public static string ApiMetricsUrl => (_api ?? throw new InvalidOperationException("the API has not started")).Services.GetRequiredService<MetricsListener>().Addresses[0];

    /// <summary>
    /// Hangfire keeps its log provider, job activator and current storage in statics, set by the
    /// host configured last. Once another API of this process (the browser tests', one with its own
    /// settings) is disposed they point at its disposed services: the worker then leaves every job
    /// it fetches enqueued, and a new BackgroundJobClient throws ObjectDisposedException (both ask
    /// the dead logger factory for loggers). Call this after disposing such an API.
    /// </summary>
    public static void RestoreHangfireGlobals()
    {
        var worker = WorkerServices;
        GlobalConfiguration.Configuration
            .UseLogProvider(new AspNetCoreLogProvider(worker.GetRequiredService<ILoggerFactory>()))
            .UseActivator(new AspNetCoreJobActivator(worker.GetRequiredService<IServiceScopeFactory>()));
        JobStorage.Current = worker.GetRequiredService<JobStorage>();
    }

    /// <summary>
    /// Waits until the worker's queues are empty and nothing is processing (judging, then the probes
    /// that judging queues), so that a check of what the work left behind sees all of it done.
    /// </summary>
    public static async Task WaitForIdleQueuesAsync(TimeSpan timeout)
    {
        var monitoring = WorkerServices.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow + timeout;
        while (monitoring.ProcessingCount() > 0 || monitoring.Queues().Any(q => q.Length > 0))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"the worker's queues were still busy after {timeout}: {monitoring.ProcessingCount()} processing, " +
                    string.Join(", ", monitoring.Queues().Select(q => $"{q.Name} {q.Length}")));
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        await TestEnvironment.RequirePostgresImageAsync();

        _postgres = new PostgreSqlBuilder(TestEnvironment.PostgresImage).Build();
        await _postgres.StartAsync();
        ConnectionString = _postgres.GetConnectionString();
        // Both hosts read the standard environment variable, before their builders run.
        Environment.SetEnvironmentVariable("ConnectionStrings__Judge", ConnectionString);
        Environment.SetEnvironmentVariable("Worker__Concurrency", "2");
        // Any free port: another worker (a CI run, deploy/up.sh) may hold the default 5081.
        Environment.SetEnvironmentVariable("Worker__HealthUrls", "http://127.0.0.1:0");
        Environment.SetEnvironmentVariable("Telemetry__MetricsUrls", "http://127.0.0.1:0");

        // One API for every test, on a real loopback port (Kestrel) so that the browser tests reach
        // it too. An API host of its own disposed mid-run must call RestoreHangfireGlobals.
        _api = new WebApplicationFactory<Program>();
        _api.UseKestrel(0);
        _api.StartServer();
        BaseUrl = _api.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        Api = _api.CreateClient();
        _worker = WorkerHost.BuildServer([]);
        await _worker.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync();
            _worker.Dispose();
        }

        Api?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
