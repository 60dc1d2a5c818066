using System.Net;
using System.Text.RegularExpressions;
using Judge.Tests.Integration.Assessments;
using Judge.Worker.Jobs;

namespace Judge.Tests.Integration.BackPressure;

/// <summary>
/// The Hangfire dashboard at /hangfire: anonymous 401, a recruiter on neither Admin list 403, an
/// admin (Admin:Emails) the full dashboard, an observer (Admin:ObserverEmails) a read-only one.
/// </summary>
[TestFixture]
public sealed class JobsDashboardTests
{
    private readonly string _adminEmail = $"admin-{Guid.NewGuid():N}@ops.example";
    private readonly string _observerEmail = $"observer-{Guid.NewGuid():N}@ops.example";
    private ConfiguredApi _api = null!;

    [OneTimeSetUp]
    public void Start() => _api = new ConfiguredApi(new Dictionary<string, string?>
    {
        // Case does not matter.
        ["Admin:Emails:0"] = _adminEmail.ToUpperInvariant(),
        ["Admin:ObserverEmails:0"] = _observerEmail,
    });

    [OneTimeTearDown]
    public async Task StopAsync() => await _api.DisposeAsync();

    [Test]
    public async Task Dashboard_Is401_ForAnonymousRequests()
    {
        using var client = _api.CreateClient();
        using var response = await client.GetAsync("/hangfire");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Dashboard_Is403_ForARecruiterWhoIsNoAdmin()
    {
        using var recruiter = await AssessmentClient.SignUpAsync("Dashboard Tests Org", _api.CreateClient());
        using var response = await recruiter.Recruiter.GetAsync("/hangfire");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Dashboard_Is200WithItsCommands_ForAnAdmin()
    {
        using var admin = await AssessmentClient.SignUpAsync("Dashboard Admins Org", _api.CreateClient(), _adminEmail);
        using var home = await admin.Recruiter.GetAsync("/hangfire");
        var (page, trigger) = await TriggerSweeperAsync(admin.Recruiter);
        Assert.Multiple(async () =>
        {
            Assert.That(home.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await home.Content.ReadAsStringAsync(), Does.Contain("Judge jobs"));
            // The worker registers the sweepers as recurring jobs; an admin may trigger them.
            Assert.That(page, Does.Contain("Trigger now"));
            Assert.That(trigger, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }

    [Test]
    public async Task Dashboard_IsReadOnly_ForAnObserver()
    {
        using var observer = await AssessmentClient.SignUpAsync("Dashboard Observers Org", _api.CreateClient(), _observerEmail);
        var (page, trigger) = await TriggerSweeperAsync(observer.Recruiter);
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("Judge jobs"));
            Assert.That(page, Does.Not.Contain("Trigger now"));
            Assert.That((int)trigger, Is.InRange(400, 499));
        });
    }

    /// <summary>Opens the recurring jobs page, then asks (with the page's antiforgery token) to run the sweeper now.</summary>
    private static async Task<(string Page, HttpStatusCode Trigger)> TriggerSweeperAsync(HttpClient client)
    {
        using var recurring = await client.GetAsync("/hangfire/recurring");
        Assert.That(recurring.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var page = await recurring.Content.ReadAsStringAsync();
        var token = Regex.Match(page, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hangfire/recurring/trigger")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", QueuedSubmissionSweeper.JobId)]),
        };
        request.Headers.Add("RequestVerificationToken", token);
        using var trigger = await client.SendAsync(request);
        return (page, trigger.StatusCode);
    }
}
