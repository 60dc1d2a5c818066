using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration.Assessments;

/// <summary>The token-scoped candidate API: start once, autosave with snapshots, runs, isolation between tokens, validation.</summary>
[TestFixture]
public sealed class CandidateApiTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);
    private AssessmentClient _recruiter = null!;

    private static HttpClient Api => AssessmentClient.Api;

    [OneTimeSetUp]
    public async Task SignUpAsync() => _recruiter = await AssessmentClient.SignUpAsync("Candidate Tests Org");

    [OneTimeTearDown]
    public void Dispose() => _recruiter.Dispose();

    [Test]
    public async Task Start_SetsTheDeadlineOnce_AndASecondStartIs409()
    {
        var assessment = await _recruiter.CreateAssessmentAsync(durationMinutes: 45);
        var invitation = await _recruiter.InviteAsync(AssessmentClient.Id(assessment));
        var url = invitation["apiUrl"]!.GetValue<string>();
        var before = await Api.GetFromJsonAsync<JsonObject>(url);
        using var first = await Api.PostAsync(url + "/start", null);
        var started = await AssessmentClient.ReadAsync(first);
        using var second = await Api.PostAsync(url + "/start", null);
        var after = await Api.GetFromJsonAsync<JsonObject>(url);
        var startedAt = started["startedAt"]!.GetValue<DateTimeOffset>();
        Assert.Multiple(async () =>
        {
            Assert.That(before!["state"]!.GetValue<string>(), Is.EqualTo("invited"));
            // Statements are not shown before the clock runs.
            Assert.That(before["tasks"]![0]!["task"], Is.Null);
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(started["deadline"]!.GetValue<DateTimeOffset>(), Is.EqualTo(startedAt.AddMinutes(45)));
            Assert.That(started["remainingSeconds"]!.GetValue<double>(), Is.InRange(44 * 60, 45 * 60));
            Assert.That(started["tasks"]![0]!["task"]!["statement"]!["markdown"]!.GetValue<string>(), Does.Contain("slice"));
            Assert.That(started["tasks"]![0]!["task"]!["skeletons"]!.AsObject(), Has.Count.EqualTo(5));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(second), Is.EquivalentTo(new[] { "session" }));
            // The second start did not move the deadline.
            Assert.That(after!["deadline"]!.GetValue<DateTimeOffset>(), Is.EqualTo(started["deadline"]!.GetValue<DateTimeOffset>()));
        });
    }

    [Test]
    public async Task SaveDraft_KeepsASnapshotPerChange_AndTheLatestCode()
    {
        var (url, invitationId, assessmentId) = await _recruiter.StartedSessionAsync();
        async Task<JsonObject> SaveAsync(string code)
        {
            using var response = await Api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "python", code });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            return await AssessmentClient.ReadAsync(response);
        }

        var v1 = await SaveAsync("def solution(a):\n    return 0\n");
        var same = await SaveAsync("def solution(a):\n    return 0\n");
        var v2 = await SaveAsync("def solution(a):\n    return max(a)\n");
        using var java = await Api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "java", code = "class Solution {}" });
        var session = await Api.GetFromJsonAsync<JsonObject>(url);
        var report = await _recruiter.Recruiter.GetFromJsonAsync<JsonObject>($"/api/assessments/{assessmentId}/sessions/{invitationId}/report");
        var timeline = report!["tasks"]![0]!["timeline"]!.AsArray();
        var drafts = session!["tasks"]![0]!["drafts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(v1["snapshotTaken"]!.GetValue<bool>(), Is.True);
            Assert.That(same["snapshotTaken"]!.GetValue<bool>(), Is.False);
            Assert.That(v2["snapshotTaken"]!.GetValue<bool>(), Is.True);
            // A language switch keeps the other language's draft.
            Assert.That(drafts.Select(d => d!["language"]!.GetValue<string>()), Is.EquivalentTo(new[] { "python", "java" }));
            Assert.That(drafts.Single(d => d!["language"]!.GetValue<string>() == "python")!["code"]!.GetValue<string>(), Does.Contain("max(a)"));
            Assert.That(timeline.Where(e => e!["kind"]!.GetValue<string>() == "snapshot" && e["language"]!.GetValue<string>() == "python").Select(e => e!["code"]!.GetValue<string>()),
                Is.EqualTo(new[] { "def solution(a):\n    return 0\n", "def solution(a):\n    return max(a)\n" }));
        });
    }

    [Test]
    public async Task Validation_NamesTheField()
    {
        var (url, _, _) = await _recruiter.StartedSessionAsync();
        using var badLanguage = await Api.PutAsJsonAsync(url + "/tasks/0/draft", new { language = "cobol", code = "x" });
        using var noCode = await Api.PostAsJsonAsync(url + "/tasks/0/submit", new { language = "python" });
        using var wrongType = await Api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = "def solution(a): return 0", input = new object[] { "not an array" } });
        using var wrongCount = await Api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = "def solution(a): return 0", input = new object[] { new[] { 1 }, 2 } });
        using var noTask = await Api.PutAsJsonAsync(url + "/tasks/7/draft", new { language = "python", code = "x" });
        Assert.Multiple(async () =>
        {
            Assert.That(badLanguage.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(badLanguage), Is.EquivalentTo(new[] { "language" }));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(noCode), Is.EquivalentTo(new[] { "code" }));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(wrongType), Is.EquivalentTo(new[] { "input[0]" }));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(wrongCount), Is.EquivalentTo(new[] { "input" }));
            Assert.That(noTask.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(noTask), Is.EquivalentTo(new[] { "ordinal" }));
        });
    }

    [Test]
    public async Task Runs_AreRateLimitedPerToken()
    {
        var (url, _, _) = await _recruiter.StartedSessionAsync();
        var (other, _, _) = await _recruiter.StartedSessionAsync();
        var statuses = new List<HttpStatusCode>();
        // Invalid bodies are refused after the limiter has counted them: no sandbox is spent on this test.
        for (var i = 0; i < 11; i++)
        {
            using var response = await Api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "cobol", code = "x" });
            statuses.Add(response.StatusCode);
        }

        using var limited = await Api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "cobol", code = "x" });
        using var otherToken = await Api.PostAsJsonAsync(other + "/tasks/0/runs", new { language = "cobol", code = "x" });
        Assert.Multiple(async () =>
        {
            Assert.That(statuses.Take(10), Is.All.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(statuses[10], Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(limited.Headers.RetryAfter, Is.Not.Null);
            Assert.That(await AssessmentClient.ErrorFieldsAsync(limited), Is.EquivalentTo(new[] { "rate" }));
            Assert.That(otherToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public async Task Tokens_ReachOnlyTheirOwnSession()
    {
        var (a, _, _) = await _recruiter.StartedSessionAsync();
        var (b, _, _) = await _recruiter.StartedSessionAsync();
        using var bDraft = await Api.PutAsJsonAsync(b + "/tasks/0/draft", new { language = "python", code = "# B's secret\n" });
        using var aDraft = await Api.PutAsJsonAsync(a + "/tasks/0/draft", new { language = "python", code = "# A's code\n" });
        // B's run id, asked for through A's token.
        using var bRunResponse = await Api.PostAsJsonAsync(b + "/tasks/0/runs", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        var bRun = (await AssessmentClient.ReadAsync(bRunResponse))["id"]!.GetValue<string>();
        using var crossRun = await Api.GetAsync($"{a}/runs/{bRun}");
        using var crossEvents = await Api.GetAsync($"{a}/runs/{bRun}/events");
        var aView = await Api.GetFromJsonAsync<JsonObject>(a);
        var bView = await Api.GetFromJsonAsync<JsonObject>(b);
        // A finishing does not touch B.
        using var finishA = await Api.PostAsync(a + "/finish", null);
        var bAfter = await Api.GetFromJsonAsync<JsonObject>(b);
        using var bSave = await Api.PutAsJsonAsync(b + "/tasks/0/draft", new { language = "python", code = "# B goes on\n" });

        // A token that is not one (a guess, or A's with one character changed) opens nothing.
        var guessed = a[..^1] + (a[^1] == 'A' ? 'B' : 'A');
        var unknown = new List<HttpStatusCode>();
        foreach (var (method, path) in new[] { ("GET", ""), ("POST", "/start"), ("PUT", "/tasks/0/draft"), ("POST", "/tasks/0/runs"), ("GET", $"/runs/{bRun}"), ("GET", $"/runs/{bRun}/events"), ("POST", "/tasks/0/submit"), ("POST", "/finish") })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), guessed + path);
            if (method != "GET")
            {
                request.Content = JsonContent.Create(new { language = "python", code = "x" });
            }

            using var response = await Api.SendAsync(request);
            unknown.Add(response.StatusCode);
        }

        Assert.Multiple(() =>
        {
            Assert.That(bRunResponse.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(crossRun.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(crossEvents.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(aView!.ToJsonString(), Does.Not.Contain("B's secret"));
            Assert.That(bView!.ToJsonString(), Does.Not.Contain("A's code"));
            Assert.That(finishA.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bAfter!["state"]!.GetValue<string>(), Is.EqualTo("in-progress"));
            Assert.That(bSave.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unknown, Is.All.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task RunExamples_StreamsEachTest_AndNeverRunsHiddenTests()
    {
        var (url, _, _) = await _recruiter.StartedSessionAsync();
        using var accepted = await Api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
        var run = await AssessmentClient.ReadAsync(accepted);

        // Server-sent events: a 'test' event per example, then 'done'.
        using var stream = await Api.GetAsync(run["events"]!.GetValue<string>(), HttpCompletionOption.ResponseHeadersRead);
        var text = await stream.Content.ReadAsStringAsync().WaitAsync(RunTimeout);
        var polled = await AssessmentClient.WaitForAsync(Api, run["poll"]!.GetValue<string>(), r => r["state"]!.GetValue<string>() == "Completed", RunTimeout);
        var tests = polled["tests"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(stream.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/event-stream"));
            Assert.That(text, Does.Contain("event: test"));
            Assert.That(text.TrimEnd(), Does.Contain("event: done"));
            Assert.That(polled["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            // Only the examples ran: every test is an example, with its input and answer shown.
            Assert.That(tests.Select(t => t!["name"]!.GetValue<string>()), Is.All.StartWith("example-"));
            Assert.That(tests[0]!["expected"]!.GetValue<long>(), Is.EqualTo(6));
            Assert.That(tests[0]!["output"]!.GetValue<long>(), Is.EqualTo(6));
        });
    }

    [Test]
    public async Task RunCustomInput_ShowsTheProgramsOutputAndTheReferencesAnswer()
    {
        var (url, _, _) = await _recruiter.StartedSessionAsync();
        // Wrong on purpose: returns the sum, so the reference's answer (5) differs from the output (-1).
        using var accepted = await Api.PostAsJsonAsync(url + "/tasks/0/runs", new { language = "python", code = "def solution(a):\n    return sum(a)\n", input = new object[] { new[] { 2, 3, -6 } } });
        var run = await AssessmentClient.ReadAsync(accepted);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), run.ToJsonString());
        var done = await AssessmentClient.WaitForAsync(Api, run["poll"]!.GetValue<string>(), r => r["state"]!.GetValue<string>() == "Completed", RunTimeout);
        var test = done["tests"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(done["kind"]!.GetValue<string>(), Is.EqualTo("custom"));
            Assert.That(test["output"]!.GetValue<long>(), Is.EqualTo(-1));
            Assert.That(test["expected"]!.GetValue<long>(), Is.EqualTo(5));
            Assert.That(test["verdict"]!.GetValue<string>(), Is.EqualTo("WRONG_ANSWER"));
            Assert.That(done["tests"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }
}
