using Judge.Worker;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
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
    private static PostgreSqlContainer? s_postgres;
    private static WebApplicationFactory<Program>? s_api;
    private static IHost? s_worker;

    public static HttpClient Api { get; private set; } = null!;

    public static string ConnectionString { get; private set; } = string.Empty;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        await TestEnvironment.RequirePostgresImageAsync();

        s_postgres = new PostgreSqlBuilder(TestEnvironment.PostgresImage).Build();
        await s_postgres.StartAsync();
        ConnectionString = s_postgres.GetConnectionString();
        // Both hosts read the standard environment variable, before their builders run.
        Environment.SetEnvironmentVariable("ConnectionStrings__Judge", ConnectionString);
        Environment.SetEnvironmentVariable("Worker__Concurrency", "2");

        s_api = new WebApplicationFactory<Program>();
        Api = s_api.CreateClient();
        s_worker = WorkerHost.BuildServer([]);
        await s_worker.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (s_worker is not null)
        {
            await s_worker.StopAsync();
            s_worker.Dispose();
        }

        Api?.Dispose();
        if (s_api is not null)
        {
            await s_api.DisposeAsync();
        }

        if (s_postgres is not null)
        {
            await s_postgres.DisposeAsync();
        }
    }
}
