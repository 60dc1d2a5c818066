using System.Net;
using System.Text.Json.Nodes;
using Judge.Worker;
using Judge.Worker.Health;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration.BackPressure;

/// <summary>The worker's own health listener: live, and ready = Postgres + Docker daemon + sandbox images.</summary>
[TestFixture]
public sealed class WorkerHealthTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    [Test]
    public async Task LiveAndReady_Are200_WithEachCheck_OnTheWorkersListener()
    {
        var url = IntegrationEnvironment.WorkerHealthUrl;
        using var live = await Http.GetAsync(url + "/health/live");
        using var ready = await Http.GetAsync(url + "/health/ready");
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Multiple(() =>
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
            Assert.That(body["checks"]!["postgres"]!["status"]!.GetValue<string>(), Is.EqualTo("healthy"));
            Assert.That(body["checks"]!["sandbox"]!["status"]!.GetValue<string>(), Is.EqualTo("healthy"));
            Assert.That(body["checks"]!["sandbox"]!["data"]!["images"]!.AsArray(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Listener_IsLeftOut_WhenItsAddressIsTaken()
    {
        using var first = WorkerHost.BuildServer(["--Worker:HealthUrls=http://127.0.0.1:0"]);
        var holder = first.Services.GetRequiredService<WorkerHealthListener>();
        await holder.StartAsync(CancellationToken.None);
        using var second = WorkerHost.BuildServer([$"--Worker:HealthUrls={holder.Addresses[0]}"]);
        var loser = second.Services.GetRequiredService<WorkerHealthListener>();
        try
        {
            // The worker's start goes on: no exception, no listener.
            await loser.StartAsync(CancellationToken.None);
            using var live = await Http.GetAsync(holder.Addresses[0] + "/health/live");
            Assert.Multiple(() =>
            {
                Assert.That(loser.Addresses, Is.Empty);
                Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            });
        }
        finally
        {
            await holder.StopAsync(CancellationToken.None);
            await holder.DisposeAsync();
            await loser.DisposeAsync();
        }
    }

    [Test]
    public async Task Ready_Is503_NamingTheImage_WhenASandboxImageIsMissing()
    {
        // A worker whose images would be tagged "no-such-tag". Only its listener starts: its
        // Hangfire server must not take the shared queue's jobs.
        using var host = WorkerHost.BuildServer(["--Sandbox:ImageTag=no-such-tag", "--Worker:HealthUrls=http://127.0.0.1:0"]);
        var listener = host.Services.GetRequiredService<WorkerHealthListener>();
        await listener.StartAsync(CancellationToken.None);
        try
        {
            using var live = await Http.GetAsync(listener.Addresses[0] + "/health/live");
            using var ready = await Http.GetAsync(listener.Addresses[0] + "/health/ready");
            var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
            Assert.Multiple(() =>
            {
                Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body.ToJsonString());
                Assert.That(body["checks"]!["postgres"]!["status"]!.GetValue<string>(), Is.EqualTo("healthy"));
                Assert.That(body["checks"]!["sandbox"]!["status"]!.GetValue<string>(), Is.EqualTo("unhealthy"));
                Assert.That(body["checks"]!["sandbox"]!["description"]!.GetValue<string>(), Does.Contain(":no-such-tag"));
            });
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
            await listener.DisposeAsync();
        }
    }
}
