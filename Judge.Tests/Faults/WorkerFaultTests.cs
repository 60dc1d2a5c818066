using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Worker;

namespace Judge.Tests.Faults;

/// <summary>
/// Workers in processes of their own, under the faults production meets: two of them on one queue,
/// kill -9 mid-evaluation, SIGTERM mid-evaluation, Postgres restarting under load. Each ends with
/// every submission judged exactly once, with the verdict its spec declares, and no container left.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WorkerFaultTests
{
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(60);

    [Test]
    public async Task TwoWorkers_OnOneQueue_JudgeTwoHundredSubmissions_EachExactlyOnce()
    {
        await using var db = await FaultDatabase.CreateAsync();
        await db.SubmitAsync(200);
        using var first = WorkerProcess.Start(db.ConnectionString, "pair-1");
        using var second = WorkerProcess.Start(db.ConnectionString, "pair-2");
        await db.WaitUntilServingAsync(first, Start);
        await db.WaitUntilServingAsync(second, Start);

        await db.WaitForAllCompletedAsync(TimeSpan.FromMinutes(8), first, second);

        await db.AssertExactlyOneResultEachAsync();
        var attempts = await db.AttemptsAsync();
        // No crash here, so no job may have been fetched by both workers: one judging per submission.
        Assert.That(attempts.Values, Is.All.EqualTo(1), "a submission was judged more than once");
        var judged = db.Storage.GetMonitoringApi().SucceededJobs(0, 1000).Where(j => j.Value.Job?.Type == typeof(ISubmissionJudgeJob)).ToList();
        Assert.That(judged, Has.Count.EqualTo(200), "Hangfire ran each judging job once, to success (the sweepers' jobs aside)");
        foreach (var worker in new[] { first, second })
        {
            var (exit, _) = await worker.StopAsync(TimeSpan.FromSeconds(60));
            Assert.That(exit, Is.Zero, $"worker {worker.Pid} exit code (log: {worker.LogPath})");
        }

        await FaultDatabase.AssertNoContainersLeftAsync([first, second], TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task WorkerKilledNineTwentyTimes_MidEvaluation_EverySubmissionEndsWithOneResult_AndNoContainerIsLeft()
    {
        const int Kills = 20;
        var seed = Environment.TickCount;
        var random = new Random(seed);
        TestContext.Out.WriteLine($"random seed {seed}");
        await using var db = await FaultDatabase.CreateAsync();
        await db.SubmitAsync(30);
        var workers = new List<WorkerProcess>();
        try
        {
            for (var i = 0; i < Kills; i++)
            {
                // Keep work waiting, so that every kill lands mid-evaluation.
                if (db.Submitted.Count - (await db.CompletedAsync() ?? 0) < 6)
                {
                    await db.SubmitAsync(10);
                }

                var victim = WorkerProcess.Start(db.ConnectionString, $"victim-{i}");
                workers.Add(victim);
                await db.WaitUntilServingAsync(victim, Start);
                await FaultDatabase.WaitForRunningContainerAsync(victim, Start);
                await Task.Delay(random.Next(0, 1500));
                victim.Kill9();
            }

            var finisher = WorkerProcess.Start(db.ConnectionString, "finisher");
            workers.Add(finisher);
            await db.WaitForAllCompletedAsync(TimeSpan.FromMinutes(5), [.. workers]);

            await db.AssertExactlyOneResultEachAsync();
            var attempts = await db.AttemptsAsync();
            TestContext.Out.WriteLine($"{attempts.Count} submissions; attempts: " +
                string.Join(", ", attempts.Values.GroupBy(a => a).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
            Assert.That(attempts.Values.Count(a => a > 1), Is.GreaterThan(0), "some evaluation was cut off by a kill and judged again");
            // The finisher's reaper removes what the killed workers left.
            await FaultDatabase.AssertNoContainersLeftAsync(workers, TimeSpan.FromSeconds(30));
            var (exit, _) = await finisher.StopAsync(TimeSpan.FromSeconds(60));
            Assert.That(exit, Is.Zero, $"finisher exit code (log: {finisher.LogPath})");
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }
    }

    [Test]
    public async Task SigTerm_MidEvaluation_RemovesItsContainer_AndRequeuesTheSubmissionForAnotherWorker()
    {
        await using var db = await FaultDatabase.CreateAsync();
        // Several seconds of work (a compile and JVM starts), so the stop surely lands mid-evaluation.
        await db.SubmitAsync(1, [new("max-subarray", "java", "reference.java", Verdict.Ok)]);
        using var stopping = WorkerProcess.Start(db.ConnectionString, "stopping", new Dictionary<string, string> { ["Worker__Concurrency"] = "1" });
        await db.WaitUntilServingAsync(stopping, Start);
        await FaultDatabase.WaitForRunningContainerAsync(stopping, Start);

        var (exit, took) = await stopping.StopAsync(WorkerHost.ShutdownTimeout + TimeSpan.FromSeconds(30));

        Assert.Multiple(async () =>
        {
            Assert.That(exit, Is.Zero, $"exit code after SIGTERM (log: {stopping.LogPath})");
            Assert.That(took, Is.LessThan(WorkerHost.ShutdownTimeout), "the running evaluation was cancelled, not waited for");
            Assert.That(await FaultDatabase.ContainersOfAsync([stopping]), Is.Empty, "the stopping worker removed its container");
            var monitoring = db.Storage.GetMonitoringApi();
            Assert.That(monitoring.EnqueuedCount(JudgeQueues.Submit), Is.EqualTo(1), "the job went back to its queue");
            Assert.That(monitoring.FailedCount(), Is.Zero, "a stop is not a failure");
        });

        using var next = WorkerProcess.Start(db.ConnectionString, "next");
        await db.WaitForAllCompletedAsync(TimeSpan.FromMinutes(3), stopping, next);
        await db.AssertExactlyOneResultEachAsync();
        Assert.That((await db.AttemptsAsync()).Values.Single(), Is.EqualTo(2), "judged once more after the interrupted attempt");
        Assert.That((await next.StopAsync(TimeSpan.FromSeconds(60))).ExitCode, Is.Zero);
    }

    [Test]
    public async Task PostgresRestart_DuringALoadOfSubmissions_AllAreJudgedAfterRecovery()
    {
        await using var db = await FaultDatabase.CreateAsync();
        await db.SubmitAsync(40);
        using var worker = WorkerProcess.Start(db.ConnectionString, "pg-restart");
        await db.WaitUntilServingAsync(worker, Start);
        while ((await db.CompletedAsync() ?? 0) < 4)
        {
            Assert.That(worker.HasExited, Is.False, $"worker died (log: {worker.LogPath})");
            await Task.Delay(200);
        }

        var before = await db.CompletedAsync();
        await FaultEnvironment.Postgres.StopAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        await FaultEnvironment.Postgres.StartAsync();
        // This process's pooled connections died with the server; the next tests need live ones.
        Npgsql.NpgsqlConnection.ClearAllPools();
        TestContext.Out.WriteLine($"Postgres restarted with {before} of 40 judged");

        await db.WaitForAllCompletedAsync(TimeSpan.FromMinutes(5), worker);
        Assert.That(worker.HasExited, Is.False, "the worker outlived the outage");
        await db.AssertExactlyOneResultEachAsync();
        Assert.That((await worker.StopAsync(TimeSpan.FromSeconds(60))).ExitCode, Is.Zero);
        await FaultDatabase.AssertNoContainersLeftAsync([worker], TimeSpan.FromSeconds(5));
    }
}
