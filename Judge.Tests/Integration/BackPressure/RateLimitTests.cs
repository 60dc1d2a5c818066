using System.Net;
using System.Net.Http.Json;
using Judge.Tests.Integration.Assessments;

namespace Judge.Tests.Integration.BackPressure;

/// <summary>
/// Autosave, run and submit are limited per invitation token and per client address (chained
/// token buckets): an API with tiny limits (2 per token, 4 per address, refilled at 1 a minute).
/// Run and submit bodies are invalid on purpose: the limiter counts them, and no sandbox is spent.
/// </summary>
[TestFixture]
public sealed class RateLimitTests
{
    private ConfiguredApi _api = null!;
    private AssessmentClient _recruiter = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var settings = new Dictionary<string, string?>();
        foreach (var action in new[] { "Autosave", "Run", "Submit" })
        {
            settings[$"RateLimits:{action}:PerToken:PerMinute"] = "1";
            settings[$"RateLimits:{action}:PerToken:Burst"] = "2";
            settings[$"RateLimits:{action}:PerClient:PerMinute"] = "1";
            settings[$"RateLimits:{action}:PerClient:Burst"] = "4";
        }

        _api = new ConfiguredApi(settings);
        _recruiter = await AssessmentClient.SignUpAsync("Rate Limit Tests Org");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _recruiter.Dispose();
        await _api.DisposeAsync();
    }

    [TestCase("Autosave", 1)]
    [TestCase("Run", 2)]
    [TestCase("Submit", 3)]
    public async Task Action_IsRefusedWith429AndRetryAfter_WhenOneTokenExceedsItsLimit(string action, int net)
    {
        var (token, _, _) = await _recruiter.StartedSessionAsync();
        var (other, _, _) = await _recruiter.StartedSessionAsync();
        using var client = _api.ClientFrom($"10.{net}.0.1");
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await SendAsync(client, action, token);
            allowed.Add(response.StatusCode);
        }

        using var refused = await SendAsync(client, action, token);
        var problem = await AssessmentClient.ReadAsync(refused);
        using var otherToken = await SendAsync(client, action, other);
        Assert.Multiple(async () =>
        {
            Assert.That(allowed, Is.All.Not.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(refused.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(refused), Is.EquivalentTo(new[] { "rate" }));
            Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo($"RateLimits:{action}:PerToken"));
            Assert.That(problem["retryAfterSeconds"]!.GetValue<int>(), Is.EqualTo((int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("this invitation"));
            // Another candidate on the same network is not held back by this one.
            Assert.That(otherToken.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }

    [TestCase("Autosave", 4)]
    [TestCase("Run", 5)]
    [TestCase("Submit", 6)]
    public async Task Action_IsRefusedWith429AndRetryAfter_WhenOneAddressExceedsItsLimitAcrossTokens(string action, int net)
    {
        var tokens = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add((await _recruiter.StartedSessionAsync()).Base);
        }

        using var client = _api.ClientFrom($"10.{net}.0.1");
        using var elsewhere = _api.ClientFrom($"10.{net}.0.2");
        var allowed = new List<HttpStatusCode>();
        foreach (var token in tokens.Take(2))
        {
            for (var i = 0; i < 2; i++)
            {
                using var response = await SendAsync(client, action, token);
                allowed.Add(response.StatusCode);
            }
        }

        // The third token is fresh, but this address has had its four.
        using var refused = await SendAsync(client, action, tokens[2]);
        var problem = await AssessmentClient.ReadAsync(refused);
        using var otherAddress = await SendAsync(elsewhere, action, tokens[2]);
        Assert.Multiple(() =>
        {
            Assert.That(allowed, Has.Count.EqualTo(4).And.All.Not.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
            Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo($"RateLimits:{action}:PerClient"));
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("this network address"));
            Assert.That(otherAddress.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests), otherAddress.Content.ReadAsStringAsync().Result);
        });
    }

    [Test]
    public async Task Reads_AreNotLimited()
    {
        var (token, _, _) = await _recruiter.StartedSessionAsync();
        using var client = _api.ClientFrom("10.7.0.1");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.GetAsync(token);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string action, string token) => action switch
    {
        "Autosave" => client.PutAsJsonAsync(token + "/tasks/0/draft", new { language = "python", code = "def solution(a):\n    return 0\n" }),
        "Run" => client.PostAsJsonAsync(token + "/tasks/0/runs", new { language = "cobol", code = "x" }),
        _ => client.PostAsJsonAsync(token + "/tasks/0/submit", new { language = "python" }),
    };
}
