using System.Diagnostics;
using Hangfire;
using Judge.Api.Queues;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration.BackPressure;

/// <summary>
/// The run queue's depth is read on every run request. On a database of its own holding a queue at
/// the default bound (200 waiting runs, beside 200 submissions), the direct count must agree with
/// Hangfire's monitoring API; the test reports what each way of reading it costs.
/// </summary>
[TestFixture]
public sealed class RunQueueDepthTests
{
    private const int Waiting = QueueOptions.DefaultRunQueueBound;
    private const int Rounds = 1000;
    private const string EfSql = "SELECT count(*) AS \"Value\" FROM " + JudgeStorage.HangfireSchema + ".jobqueue WHERE queue = {0} AND fetchedat IS NULL";
    private string _connectionString = string.Empty;
    private ConfiguredApi _api = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _connectionString = await ConfiguredApi.CreateDatabaseAsync("judge_depth");
        _api = new ConfiguredApi(new Dictionary<string, string?> { ["ConnectionStrings:Judge"] = _connectionString });
        var jobs = _api.Services.GetRequiredService<IBackgroundJobClient>();
        for (var i = 0; i < Waiting; i++)
        {
            jobs.Enqueue<IRunJudgeJob>(JudgeQueues.Run, j => j.JudgeRunAsync(Guid.NewGuid(), CancellationToken.None));
            jobs.Enqueue<ISubmissionJudgeJob>(JudgeQueues.Submit, j => j.JudgeAsync(Guid.NewGuid(), CancellationToken.None));
        }
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _api.DisposeAsync();
        await ConfiguredApi.DropDatabaseAsync(_connectionString);
    }

    [Test]
    public async Task Depth_AgreesWithTheMonitoringApi_AndTheCostOfEachWayIsReported()
    {
        var monitoring = _api.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        await using var scope = _api.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        Task<long> GateAsync() => RunQueueGate.DepthAsync(db, CancellationToken.None);
        Task<long> EfAsync() => db.Database.SqlQueryRaw<long>(EfSql, JudgeQueues.Run).SingleAsync();
        Task<long> MonitoringAsync() => Task.FromResult(monitoring.EnqueuedCount(JudgeQueues.Run));

        var ways = new (string Name, Func<Task<long>> Read)[]
        {
            ("RunQueueGate.DepthAsync (a plain command on the DbContext's connection)", GateAsync),
            ("the same count through EF Core's SqlQueryRaw", EfAsync),
            ("Hangfire monitoring API EnqueuedCount (two counts, Dapper)", MonitoringAsync),
        };
        var values = new List<long>();
        foreach (var (_, read) in ways)
        {
            // Warm up: pooled connections, prepared plans, EF's query cache.
            for (var i = 0; i < 30; i++)
            {
                await read();
            }

            values.Add(await read());
        }

        var clocks = ways.Select(_ => new Stopwatch()).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var w = 0; w < ways.Length; w++)
            {
                clocks[w].Start();
                await ways[w].Read();
                clocks[w].Stop();
            }
        }

        for (var w = 0; w < ways.Length; w++)
        {
            await TestContext.Out.WriteLineAsync($"depth {values[w]}: {ways[w].Name}: {clocks[w].Elapsed.TotalMilliseconds / Rounds:F3} ms per call ({Rounds} calls)");
        }

        var plan = await db.Database.SqlQueryRaw<string>("EXPLAIN SELECT count(*) FROM " + JudgeStorage.HangfireSchema + ".jobqueue WHERE queue = 'run' AND fetchedat IS NULL").ToListAsync();
        await TestContext.Out.WriteLineAsync(string.Join("\n", plan));
        Assert.That(values, Is.All.EqualTo(Waiting));
    }
}
