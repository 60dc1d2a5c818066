using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Integration.Assessments;

/// <summary>Recruiter accounts, API keys, assessments and invitations, and that organisations never see each other.</summary>
[TestFixture]
public sealed class RecruiterApiTests
{
    [Test]
    public async Task Assessments_RequireSignIn()
    {
        using var client = IntegrationEnvironment.NewClient();
        using var list = await client.GetAsync("/api/assessments");
        using var create = await client.PostAsJsonAsync("/api/assessments", new { title = "x", tasks = new[] { "max-subarray" } });
        Assert.Multiple(() =>
        {
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(create.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task SignIn_SetsCookie_AndWrongPasswordIs401()
    {
        using var owner = await AssessmentClient.SignUpAsync("Sign In Ltd");
        var me = await owner.Recruiter.GetFromJsonAsync<JsonObject>("/api/recruiters/me");
        var email = me!["email"]!.GetValue<string>();
        using var fresh = IntegrationEnvironment.NewClient();
        using var wrong = await fresh.PostAsJsonAsync("/api/recruiters/sign-in", new { email, password = "not the password at all" });
        using var right = await fresh.PostAsJsonAsync("/api/recruiters/sign-in", new { email = email.ToUpperInvariant(), password = "correct horse battery staple" });
        using var after = await fresh.GetAsync("/api/recruiters/me");
        Assert.Multiple(async () =>
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await AssessmentClient.ReadAsync(after))["organisation"]!.GetValue<string>(), Is.EqualTo("Sign In Ltd"));
        });

        // The password is stored as an Identity hash, never as given.
        await using var scope = IntegrationEnvironment.WorkerServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        var stored = await db.Recruiters.SingleAsync(r => r.Email == email);
        Assert.That(stored.PasswordHash, Does.Not.Contain("correct horse").And.Length.GreaterThan(40));
    }

    [Test]
    public async Task ApiKey_ActsForItsOrganisation_UntilRevoked()
    {
        using var owner = await AssessmentClient.SignUpAsync("Automation Inc");
        var assessment = await owner.CreateAssessmentAsync();
        using var created = await owner.Recruiter.PostAsJsonAsync("/api/recruiters/api-keys", new { name = "ci" });
        var key = await AssessmentClient.ReadAsync(created);
        var secret = key["key"]!.GetValue<string>();

        using var bot = IntegrationEnvironment.NewClient();
        bot.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        using var read = await bot.GetAsync($"/api/assessments/{AssessmentClient.Id(assessment)}");
        using var revoke = await owner.Recruiter.DeleteAsync($"/api/recruiters/api-keys/{AssessmentClient.Id(key)}");
        using var afterRevoke = await bot.GetAsync($"/api/assessments/{AssessmentClient.Id(assessment)}");
        using var listed = await owner.Recruiter.GetAsync("/api/recruiters/api-keys");

        await using var scope = IntegrationEnvironment.WorkerServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        var row = await db.ApiKeys.SingleAsync(k => k.Id == Guid.Parse(AssessmentClient.Id(key)));
        Assert.Multiple(async () =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(secret, Does.StartWith("jk_").And.Length.GreaterThanOrEqualTo(3 + 43));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(revoke.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(afterRevoke.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await listed.Content.ReadAsStringAsync(), Does.Not.Contain(secret));
            Assert.That(row.KeyHash, Is.Not.EqualTo(secret).And.Length.EqualTo(64));
        });
    }

    [Test]
    public async Task Organisations_CannotSeeEachOthersAssessments()
    {
        using var x = await AssessmentClient.SignUpAsync("Org X");
        using var y = await AssessmentClient.SignUpAsync("Org Y");
        var yAssessment = await y.CreateAssessmentAsync();
        var yId = AssessmentClient.Id(yAssessment);
        var yInvitation = await y.InviteAsync(yId);

        using var get = await x.Recruiter.GetAsync($"/api/assessments/{yId}");
        using var sessions = await x.Recruiter.GetAsync($"/api/assessments/{yId}/sessions");
        using var report = await x.Recruiter.GetAsync($"/api/assessments/{yId}/sessions/{AssessmentClient.Id(yInvitation)}/report");
        using var invite = await x.Recruiter.PostAsJsonAsync($"/api/assessments/{yId}/invitations", new { candidateName = "Mallory", candidateEmail = "m@example.com" });
        var xList = await x.Recruiter.GetFromJsonAsync<JsonArray>("/api/assessments");
        using var ownReport = await y.Recruiter.GetAsync($"/api/assessments/{yId}/sessions/{AssessmentClient.Id(yInvitation)}/report");
        Assert.Multiple(() =>
        {
            Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(sessions.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(report.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(invite.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(xList!.Select(a => AssessmentClient.Id(a!)), Does.Not.Contain(yId));
            // The owner does see it: the 404s above are about the organisation, not a broken endpoint.
            Assert.That(ownReport.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Invitation_StoresOnlyTheTokensHash()
    {
        using var owner = await AssessmentClient.SignUpAsync("Hashing Co");
        var assessment = await owner.CreateAssessmentAsync();
        var invitation = await owner.InviteAsync(AssessmentClient.Id(assessment));
        var token = invitation["token"]!.GetValue<string>();
        await using var scope = IntegrationEnvironment.WorkerServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JudgeDbContext>();
        var row = await db.Invitations.SingleAsync(i => i.Id == Guid.Parse(AssessmentClient.Id(invitation)));
        Assert.Multiple(() =>
        {
            // 32 random bytes in base64url: 256 bits.
            Assert.That(token, Has.Length.EqualTo(43));
            Assert.That(row.TokenHash, Is.Not.EqualTo(token).And.Length.EqualTo(64));
            Assert.That(invitation["apiUrl"]!.GetValue<string>(), Is.EqualTo($"/api/candidate/{token}"));
        });
    }

    [Test]
    public async Task Validation_NamesTheField()
    {
        using var owner = await AssessmentClient.SignUpAsync("Validation Ltd");
        using var unknownTask = await owner.Recruiter.PostAsJsonAsync("/api/assessments", new { title = "t", tasks = new[] { "max-subarray", "no-such-task" } });
        using var badDuration = await owner.Recruiter.PostAsJsonAsync("/api/assessments", new { title = "t", tasks = new[] { "max-subarray" }, durationMinutes = 0, languages = new[] { "cobol" } });
        using var badInvite = await owner.Recruiter.PostAsJsonAsync($"/api/assessments/{AssessmentClient.Id(await owner.CreateAssessmentAsync())}/invitations", new { candidateName = "", candidateEmail = "not-an-email" });
        using var anonymous = IntegrationEnvironment.NewClient();
        using var shortPassword = await anonymous.PostAsJsonAsync("/api/recruiters/sign-up", new { organisation = "o", name = "n", email = "a@b.example", password = "short" });
        Assert.Multiple(async () =>
        {
            Assert.That(unknownTask.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(unknownTask), Is.EquivalentTo(new[] { "tasks[1]" }));
            Assert.That(badDuration.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(badDuration), Is.SupersetOf(new[] { "durationMinutes", "languages[0]" }));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(badInvite), Is.SupersetOf(new[] { "candidateName", "candidateEmail" }));
            Assert.That(await AssessmentClient.ErrorFieldsAsync(shortPassword), Is.EquivalentTo(new[] { "password" }));
        });
    }
}
