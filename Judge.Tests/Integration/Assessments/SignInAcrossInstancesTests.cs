using System.Net;
using Judge.Core.Data;
using Judge.Tests.Integration.BackPressure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration.Assessments;

/// <summary>
/// A recruiter's cookie is good at every API instance: the data-protection keys that seal it live in
/// Postgres, not in one instance's home folder (which a restarted pod or another replica lacks).
/// </summary>
[TestFixture]
public sealed class SignInAcrossInstancesTests
{
    [Test]
    public async Task CookieFromOneInstance_IsAcceptedByAnother_AndTheKeyIsInPostgres()
    {
        using var first = IntegrationEnvironment.NewClient();
        await AssessmentClient.SignUpAsync("Two Replicas", first);
        using var me = await first.GetAsync("/api/recruiters/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var cookie = me.RequestMessage!.Headers.GetValues("Cookie").Single();

        await using (var scope = IntegrationEnvironment.WorkerServices.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
            Assert.That(await db.DataProtectionKeys.CountAsync(), Is.GreaterThan(0), "the key ring is stored in Postgres");
        }

        await using var second = new ConfiguredApi(new Dictionary<string, string?>());
        using var other = second.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/recruiters/me");
        request.Headers.Add("Cookie", cookie);
        using var response = await other.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
