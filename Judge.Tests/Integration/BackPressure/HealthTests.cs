using System.Net;
using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Server;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Tests.Integration.Assessments;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Judge.Tests.Integration.BackPressure;

/// <summary>
/// The API's /health/ready: Postgres and a live worker (a Hangfire heartbeat within the last
/// minute), each check in the body. The shared environment has both; the unready cases run an
/// API of their own on a database of their own, where no worker runs.
/// </summary>
[TestFixture]
public sealed class HealthTests
{
    private const string AgeHeartbeats = "UPDATE " + JudgeStorage.HangfireSchema + ".server SET lastheartbeat = now() - interval '2 minutes'";

    [Test]
    public async Task Ready_Is200WithEachCheck_WhenPostgresAndAWorkerAreUp()
    {
        using var response = await IntegrationEnvironment.Api.GetAsync("/health/ready");
        var body = await AssessmentClient.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("healthy"));
            Assert.That(Status(body, "postgres"), Is.EqualTo("healthy"));
            Assert.That(Status(body, "workers"), Is.EqualTo("healthy"));
            Assert.That(body["checks"]!["workers"]!["data"]!["servers"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(1));
            Assert.That(body["checks"]!["workers"]!["data"]!["workers"]!.GetValue<int>(), Is.GreaterThanOrEqualTo(2));
        });
    }

    [Test]
    public async Task Live_Is200()
    {
        using var response = await IntegrationEnvironment.Api.GetAsync("/health/live");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Ready_Is503_WhenNoWorkerHasSentAHeartbeat()
    {
        await using var api = await OwnApiAsync();
        using var client = api.Api.CreateClient();
        using var response = await client.GetAsync("/health/ready");
        var body = await AssessmentClient.ReadAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.ToJsonString());
            Assert.That(body["status"]!.GetValue<string>(), Is.EqualTo("unhealthy"));
            Assert.That(Status(body, "postgres"), Is.EqualTo("healthy"));
            Assert.That(Status(body, "workers"), Is.EqualTo("unhealthy"));
            Assert.That(body["checks"]!["workers"]!["description"]!.GetValue<string>(), Does.Contain("heartbeat"));
        });
    }

    [Test]
    public async Task Ready_Is503_WhenTheOnlyWorkersHeartbeatIsOverAMinuteOld()
    {
        await using var api = await OwnApiAsync();
        using var client = api.Api.CreateClient();
        using (var connection = api.Api.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            connection.AnnounceServer("health-tests:1", new ServerContext { Queues = JudgeQueues.ByPriority, WorkerCount = 2 });
        }

        using var fresh = await client.GetAsync("/health/ready");
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var age = new NpgsqlCommand(AgeHeartbeats, connection);
            await age.ExecuteNonQueryAsync();
        }

        using var stale = await client.GetAsync("/health/ready");
        var body = await AssessmentClient.ReadAsync(stale);
        Assert.Multiple(() =>
        {
            Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.ToJsonString());
            Assert.That(Status(body, "workers"), Is.EqualTo("unhealthy"));
        });
    }

    [Test]
    public async Task Ready_Is503_WhenTheDatabaseIsGone()
    {
        await using var api = await OwnApiAsync();
        using var client = api.Api.CreateClient();
        using var before = await client.GetAsync("/health/live");
        await ConfiguredApi.DropDatabaseAsync(api.ConnectionString);
        using var response = await client.GetAsync("/health/ready");
        var body = await AssessmentClient.ReadAsync(response);
        using var live = await client.GetAsync("/health/live");
        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.ToJsonString());
            Assert.That(Status(body, "postgres"), Is.EqualTo("unhealthy"));
            Assert.That(Status(body, "workers"), Is.EqualTo("unhealthy"));
            // Liveness does not depend on the database: a restart would not bring it back.
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private static string Status(JsonObject body, string check) => body["checks"]![check]!["status"]!.GetValue<string>();

    private static async Task<OwnApi> OwnApiAsync()
    {
        var connectionString = await ConfiguredApi.CreateDatabaseAsync("judge_health");
        var api = new ConfiguredApi(new Dictionary<string, string?> { ["ConnectionStrings:Judge"] = connectionString });
        // Start it now: the API migrates its database during start-up.
        _ = api.Server;
        return new OwnApi(api, connectionString);
    }

    private sealed record OwnApi(ConfiguredApi Api, string ConnectionString) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await ConfiguredApi.DropDatabaseAsync(ConnectionString);
        }
    }
}
