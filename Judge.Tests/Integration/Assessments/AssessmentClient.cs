using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration.Assessments;

/// <summary>Test helpers that drive the assessment API as a recruiter (own cookie jar) and as candidates.</summary>
internal sealed class AssessmentClient : IDisposable
{
    public const string MaxSubarrayPython = """
        def solution(a):
            best = cur = a[0]
            for x in a[1:]:
                cur = max(x, cur + x)
                best = max(best, cur)
            return best

        """;

    private AssessmentClient(HttpClient recruiter) => Recruiter = recruiter;

    /// <summary>Signed in (by cookie) as the first recruiter of a fresh organisation.</summary>
    public HttpClient Recruiter { get; }

    public static HttpClient Api => IntegrationEnvironment.Api;

    /// <summary>Signs up on the shared API, or on another (through <paramref name="client"/>, which this object then owns).</summary>
    public static async Task<AssessmentClient> SignUpAsync(string organisation, HttpClient? client = null, string? email = null)
    {
        client ??= IntegrationEnvironment.NewClient();
        using var response = await client.PostAsJsonAsync("/api/recruiters/sign-up", new
        {
            organisation,
            name = "Recruiter of " + organisation,
            email = email ?? $"{Guid.NewGuid():N}@{organisation.Replace(' ', '-').ToLowerInvariant()}.example",
            password = "correct horse battery staple",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return new AssessmentClient(client);
    }

    public async Task<JsonObject> CreateAssessmentAsync(int durationMinutes = 90, string[]? tasks = null, string title = "Backend engineer")
    {
        using var response = await Recruiter.PostAsJsonAsync("/api/assessments", new { title, tasks = tasks ?? ["max-subarray", "coin-change"], durationMinutes });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public async Task<JsonObject> InviteAsync(string assessmentId, string candidate = "Ada Candidate", string candidateEmail = "ada@example.com")
    {
        using var response = await Recruiter.PostAsJsonAsync($"/api/assessments/{assessmentId}/invitations", new { candidateName = candidate, candidateEmail });
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body);
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>A started session: returns the candidate's API base (/api/candidate/{token}) and the invitation id.</summary>
    public async Task<(string Base, string InvitationId, string AssessmentId)> StartedSessionAsync(int durationMinutes = 90)
    {
        var assessment = await CreateAssessmentAsync(durationMinutes);
        var invitation = await InviteAsync(Id(assessment));
        var apiUrl = invitation["apiUrl"]!.GetValue<string>();
        using var start = await Recruiter.PostAsync(apiUrl + "/start", null);
        Assert.That(start.StatusCode, Is.EqualTo(HttpStatusCode.OK), await start.Content.ReadAsStringAsync());
        return (apiUrl, Id(invitation), Id(assessment));
    }

    public static string Id(JsonNode node) => node["id"]!.ToString();

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>The field names a ProblemDetails' "errors" object blames.</summary>
    public static async Task<IEnumerable<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        var problem = await ReadAsync(response);
        return problem["errors"]?.AsObject().Select(e => e.Key) ?? [];
    }

    /// <summary>Polls until the predicate holds (or fails the test after the timeout).</summary>
    public static async Task<JsonObject> WaitForAsync(HttpClient client, string url, Func<JsonObject, bool> done, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        JsonObject? last = null;
        try
        {
            while (true)
            {
                last = (await client.GetFromJsonAsync<JsonObject>(url, cancel.Token))!;
                if (done(last))
                {
                    return last;
                }

                await Task.Delay(300, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{url} did not reach the expected state within {timeout}; last: {last?.ToJsonString()}");
            throw;
        }
    }

    public void Dispose() => Recruiter.Dispose();
}
