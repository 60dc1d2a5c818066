namespace Judge.Tests.Faults;

/// <summary>The Docker daemon restarts while a worker judges: in-flight submissions are retried and judged, none is blamed.</summary>
[TestFixture]
[NonParallelizable]
public sealed class DockerRestartTests
{
    [Test]
    public async Task DockerDaemonRestart_MidRun_InFlightSubmissionsAreRetriedAndJudged()
    {
        await using var daemon = await IsolatedDockerDaemon.StartAsync("judge-sandbox-python:current");
        using var docker = daemon.Client();
        await using var db = await FaultDatabase.CreateAsync();
        await db.SubmitAsync(20);
        using var worker = WorkerProcess.Start(db.ConnectionString, "docker-restart", new Dictionary<string, string> { ["Sandbox__DockerEndpoint"] = daemon.Endpoint });
        await db.WaitUntilServingAsync(worker, TimeSpan.FromSeconds(60));
        while ((await db.CompletedAsync() ?? 0) < 2)
        {
            Assert.That(worker.HasExited, Is.False, $"worker died (log: {worker.LogPath})");
            await Task.Delay(200);
        }

        await FaultDatabase.WaitForRunningContainerAsync(worker, TimeSpan.FromSeconds(60), docker);
        await daemon.RestartAsync();
        TestContext.Out.WriteLine($"dockerd restarted with {await db.CompletedAsync()} of 20 judged");

        await db.WaitForAllCompletedAsync(TimeSpan.FromMinutes(5), worker);
        await db.AssertExactlyOneResultEachAsync();
        var attempts = await db.AttemptsAsync();
        Assert.That(attempts.Values.Count(a => a > 1), Is.GreaterThan(0), "an evaluation in flight at the restart failed and was judged again");
        // Its container's removal failed while the daemon was down; the reaper removes it once it is no longer part of a run.
        await FaultDatabase.AssertNoContainersLeftAsync([worker], TimeSpan.FromSeconds(60), docker);
        Assert.That((await worker.StopAsync(TimeSpan.FromSeconds(60))).ExitCode, Is.Zero);
    }
}
