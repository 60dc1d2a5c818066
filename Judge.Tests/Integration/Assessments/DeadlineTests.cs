using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration.Assessments;

/// <summary>
/// A one-minute assessment: the scheduled Hangfire job submits the last draft of the task the
/// candidate did not submit, and every change after the deadline is refused with 409.
/// </summary>
[TestFixture]
public sealed class DeadlineTests
{
    private static readonly TimeSpan JudgeTimeout = TimeSpan.FromMinutes(6);

    [Test]
    public async Task Deadline_SubmitsLastDrafts_AndRefusesLateChanges()
    {
        using var recruiter = await AssessmentClient.SignUpAsync("Deadline Org");
        var (url, invitationId, assessmentId) = await recruiter.StartedSessionAsync(durationMinutes: 1);
        var api = AssessmentClient.Api;

        // Task 0: only autosaved (an older wrong draft in Java, then the right one in Python). Task 1: submitted by hand.
        using var older = await api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "java", code = "class Solution { public long solution(int[] a) { return 0; } }" });
        await Task.Delay(50);
        using var last = await api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        using var submitted = await api.PostAsJsonAsync(url + "/tasks/1/submit", new { language = "python", code = "def solution(coins, amount):\n    return -1\n" });
        using var again = await api.PostAsJsonAsync(url + "/tasks/1/submit", new { language = "python", code = "def solution(coins, amount):\n    return 0\n" });
        using var draftAfterSubmit = await api.PutAsJsonAsync(url + "/tasks/1/draft", new { language = "python", code = "# too late for this task" });
        Assert.Multiple(() =>
        {
            Assert.That(older.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(draftAfterSubmit.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });

        var session = await api.GetFromJsonAsync<JsonObject>(url);
        var deadline = session!["deadline"]!.GetValue<DateTimeOffset>();
        var wait = deadline - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(1);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        using var lateSubmit = await api.PostAsJsonAsync(url + "/tasks/0/submit", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        using var lateSave = await api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "python", code = "# late" });
        using var lateRun = await api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        using var lateFinish = await api.PostAsync(url + "/finish", null);
        Assert.Multiple(async () =>
        {
            Assert.That(lateSubmit.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(lateSubmit.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(lateSubmit), Is.AnyOf(new[] { "deadline" }, new[] { "session" }));
            Assert.That(lateSave.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(lateRun.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(lateFinish.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        });

        // The deadline job submits task 0's last draft (Python, the right one) and both get judged.
        var report = await AssessmentClient.WaitForAsync(recruiter.Recruiter, $"/api/assessments/{assessmentId}/sessions/{invitationId}/report",
            r => r["tasks"]!.AsArray().All(t => t!["submission"]?["state"]?.GetValue<string>() == "Completed"), JudgeTimeout);
        var auto = report["tasks"]![0]!["submission"]!;
        var manual = report["tasks"]![1]!["submission"]!;
        Assert.Multiple(() =>
        {
            Assert.That(report["state"]!.GetValue<string>(), Is.EqualTo("finished"));
            Assert.That(report["finishReason"]!.GetValue<string>(), Is.EqualTo("deadline"));
            Assert.That(report["timeUsedSeconds"]!.GetValue<double>(), Is.EqualTo(60).Within(1));
            Assert.That(auto["automatic"]!.GetValue<bool>(), Is.True);
            Assert.That(auto["language"]!.GetValue<string>(), Is.EqualTo("python"));
            Assert.That(auto["code"]!.GetValue<string>(), Is.EqualTo(AssessmentClient.MaxSubarrayPython));
            Assert.That(auto["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(auto["score"]!["total"]!.GetValue<double>(), Is.EqualTo(100));
            Assert.That(auto["groups"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()), Does.Contain("large-random"));
            Assert.That(manual["automatic"]!.GetValue<bool>(), Is.False);
            Assert.That(manual["verdict"]!.GetValue<string>(), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(manual["score"]!["total"]!.GetValue<double>(), Is.LessThan(100));
            Assert.That(report["totalScore"]!.GetValue<double>(), Is.EqualTo((100 + manual["score"]!["total"]!.GetValue<double>()) / 2).Within(0.1));
            Assert.That(report["tasks"]![0]!["timeline"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()), Is.EqualTo(new[] { "snapshot", "snapshot", "submission" }));
        });
    }
}
