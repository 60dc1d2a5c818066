using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Server;
using Judge.Api.Queues;
using Judge.Core.Data;
using Judge.Core.Jobs;
using Judge.Core.Judging;
using Judge.Tests.Integration.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration.BackPressure;

/// <summary>
/// A run asked for while the run queue holds Queues:RunQueueBound waiting runs is refused with 429,
/// Retry-After and an estimated wait, and nothing is stored or enqueued. The API runs on a
/// database of its own where no worker fetches: the queue holds exactly what the test puts in it,
/// and a Hangfire server announced by the test (4 worker slots) stands in for the workers.
/// </summary>
[TestFixture]
public sealed class RunQueueBoundTests
{
    private const int Bound = 3;
    private const string FakeServer = "run-queue-tests:1";
    private const string TakeOneRun = "DELETE FROM " + JudgeStorage.HangfireSchema + ".jobqueue WHERE id = (SELECT min(id) FROM " + JudgeStorage.HangfireSchema + ".jobqueue WHERE queue = 'run')";
    private string _connectionString = string.Empty;
    private ConfiguredApi _api = null!;
    private AssessmentClient _recruiter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _connectionString = await ConfiguredApi.CreateDatabaseAsync("judge_queue");
        _api = new ConfiguredApi(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Judge"] = _connectionString,
            ["Queues:RunQueueBound"] = Bound.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _recruiter = await AssessmentClient.SignUpAsync("Run Queue Tests Org", _api.CreateClient());
        using var connection = _api.Services.GetRequiredService<JobStorage>().GetConnection();
        connection.AnnounceServer(FakeServer, new ServerContext { Queues = [JudgeQueues.Run], WorkerCount = 4 });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _recruiter.Dispose();
        await _api.DisposeAsync();
        await ConfiguredApi.DropDatabaseAsync(_connectionString);
    }

    [Test]
    public async Task Run_IsRefusedWithEstimatedWait_WhileTheQueueIsAtItsBound_AndAcceptedOnceBelow()
    {
        var (url, _, _) = await _recruiter.StartedSessionAsync();
        var sessionId = await WithDbAsync(db => db.CandidateSessions.OrderByDescending(s => s.StartedAt).Select(s => s.Id).FirstAsync());
        // Two completed runs of 6 s each: the service-time average is 6 s.
        await WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < 2; i++)
            {
                db.TaskRuns.Add(new TaskRun
                {
                    Id = Guid.CreateVersion7(),
                    SessionId = sessionId,
                    ProblemId = "max-subarray",
                    Language = "python",
                    Code = "seeded",
                    Kind = TaskRun.ExamplesKind,
                    State = SubmissionState.Completed,
                    CreatedAt = now.AddSeconds(-60 + i),
                    StartedAt = now.AddSeconds(-30 + i),
                    CompletedAt = now.AddSeconds(-24 + i),
                });
            }

            return await db.SaveChangesAsync();
        });
        var jobs = _api.Services.GetRequiredService<IBackgroundJobClient>();
        for (var i = 0; i < Bound; i++)
        {
            jobs.Enqueue<IRunJudgeJob>(JudgeQueues.Run, j => j.JudgeRunAsync(Guid.NewGuid(), CancellationToken.None));
        }

        using var refused = await _recruiter.Recruiter.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        var problem = await AssessmentClient.ReadAsync(refused);
        var runsAfterRefusal = await WithDbAsync(db => db.TaskRuns.CountAsync(r => r.SessionId == sessionId));
        var depthAfterRefusal = await WithDbAsync(db => RunQueueGate.DepthAsync(db, CancellationToken.None));

        // One run leaves the queue (a worker fetched it): there is room again.
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(TakeOneRun));
        using var accepted = await _recruiter.Recruiter.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        var depthAfterAccepting = await WithDbAsync(db => RunQueueGate.DepthAsync(db, CancellationToken.None));

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), problem.ToJsonString());
            Assert.That(await AssessmentClient.ErrorFieldsAsync(refused), Is.EquivalentTo(new[] { "queue" }));
            Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("Queues:RunQueueBound"));
            Assert.That(problem["queueDepth"]!.GetValue<long>(), Is.EqualTo(Bound));
            Assert.That(problem["workers"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(problem["serviceSeconds"]!.GetValue<double>(), Is.EqualTo(6).Within(0.01));
            // 3 runs × 6 s over 4 slots = 4.5 s; one run must leave before there is room: 1.5 s.
            Assert.That(problem["estimatedWaitSeconds"]!.GetValue<int>(), Is.EqualTo(5));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
            // Nothing stored, nothing enqueued.
            Assert.That(runsAfterRefusal, Is.EqualTo(2));
            Assert.That(depthAfterRefusal, Is.EqualTo(Bound));
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await accepted.Content.ReadAsStringAsync());
            Assert.That(depthAfterAccepting, Is.EqualTo(Bound));
        });
    }

    private async Task<T> WithDbAsync<T>(Func<JudgeDbContext, Task<T>> work)
    {
        await using var scope = _api.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<JudgeDbContext>());
    }
}
