using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Core.Data;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration;

/// <summary>A submission the API stored but never enqueued (it died in between) is found and judged.</summary>
[TestFixture]
public sealed class QueuedSubmissionSweeperTests
{
    [Test]
    public async Task Sweep_EnqueuesAndJudges_ASubmissionStoredWithoutAJob()
    {
        var services = IntegrationEnvironment.WorkerServices;
        var spec = services.GetRequiredService<ProblemBank>().Find("max-subarray")!;
        var id = Guid.CreateVersion7();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
            db.Submissions.Add(new Submission
            {
                Id = id,
                ProblemId = spec.Id,
                SpecHash = spec.SpecHash,
                Language = LanguageNames.Python,
                Code = "def solution(a):\n    return max(a)\n",
                State = SubmissionState.Queued,
                CreatedAt = DateTimeOffset.UtcNow - QueuedSubmissionSweeper.Grace - TimeSpan.FromSeconds(5),
            });
            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<QueuedSubmissionSweeper>().SweepAsync(CancellationToken.None);
            // A second sweep (another worker, say) must not enqueue it again.
            await scope.ServiceProvider.GetRequiredService<QueuedSubmissionSweeper>().SweepAsync(CancellationToken.None);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        JsonObject? result;
        do
        {
            await Task.Delay(200, timeout.Token);
            result = await IntegrationEnvironment.Api.GetFromJsonAsync<JsonObject>($"/api/submissions/{id}", timeout.Token);
        }
        while (result!["state"]!.GetValue<string>() != "Completed");

        await using var check = services.CreateAsyncScope();
        var stored = await check.ServiceProvider.GetRequiredService<JudgeDbContext>().Submissions.SingleAsync(s => s.Id == id);
        Assert.Multiple(() =>
        {
            // max(a) is wrong on mixed signs: judged for real, not just marked.
            Assert.That(result["verdict"]!.GetValue<string>(), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(stored.JobId, Is.Not.Null.And.Not.EqualTo("sweeper"));
            Assert.That(stored.Attempts, Is.EqualTo(1), "judged once, not once per sweep");
        });
    }
}
