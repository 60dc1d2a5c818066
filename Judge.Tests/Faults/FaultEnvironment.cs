using System.Net;
using System.Net.Sockets;
using Hangfire;
using Judge.Core.Data;
using Testcontainers.PostgreSql;

namespace Judge.Tests.Faults;

/// <summary>
/// One Postgres for the fault tests, apart from the integration tests' (those tests restart it),
/// on a fixed host port so that a restarted container is found where it was. Each test takes a
/// database of its own (<see cref="FaultDatabase"/>) and starts its own worker processes.
/// </summary>
[SetUpFixture]
public sealed class FaultEnvironment
{
    private static PostgreSqlContainer? _postgres;

    public static PostgreSqlContainer Postgres => _postgres ?? throw new InvalidOperationException("the fault tests' Postgres has not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        await TestEnvironment.RequirePostgresImageAsync();
        _postgres = new PostgreSqlBuilder(TestEnvironment.PostgresImage).WithPortBinding(FreePort(), PostgreSqlBuilder.PostgreSqlPort).Build();
        await _postgres.StartAsync();
        // This process only enqueues and reads the monitoring API; it must write jobs as the workers
        // read them, and must not log through a host another fixture may have disposed.
        GlobalConfiguration.Configuration.UseJudgeJobSerialization().UseNoOpLogProvider();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    /// <summary>A port free right now on loopback.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
