using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration.Assessments;

/// <summary>The recruiter's report shows each final submission's complexity, with a plot the recruiter can fetch.</summary>
[TestFixture]
public sealed class ReportComplexityTests
{
    // Judging, then the probe on the in-process worker (queue "probe"), on two shared cores.
    private static readonly TimeSpan ComplexityTimeout = TimeSpan.FromMinutes(6);

    [Test]
    public async Task Report_ShowsDetectedAgainstExpected_AndThePlot_ForTheFinalSubmission()
    {
        using var recruiter = await AssessmentClient.SignUpAsync("Complexity Org");
        var (url, invitationId, assessmentId) = await recruiter.StartedSessionAsync();
        var code = await File.ReadAllTextAsync(TestEnvironment.SubmissionPath("max-subarray", "correct.cs"));
        using var submitted = await AssessmentClient.Api.PostAsJsonAsync(url + "/tasks/0/submit", new { language = "csharp", code });
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await submitted.Content.ReadAsStringAsync());

        var report = await AssessmentClient.WaitForAsync(recruiter.Recruiter, $"/api/assessments/{assessmentId}/sessions/{invitationId}/report",
            r => r["tasks"]![0]!["submission"]?["complexity"] is JsonObject, ComplexityTimeout);
        var submission = report["tasks"]![0]!["submission"]!;
        var complexity = submission["complexity"]!;
        Assert.Multiple(() =>
        {
            Assert.That(complexity["expected"]!.GetValue<string>(), Is.EqualTo("O(n)"));
            Assert.That(complexity["summary"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(complexity["points"]!.AsArray(), Is.Not.Empty);
            Assert.That(complexity["plotUrl"]!.GetValue<string>(), Is.EqualTo($"/api/submissions/{submission["submissionId"]}/complexity.svg"));
            Assert.That(report["tasks"]![1]!["submission"], Is.Null);
        });

        using var plot = await recruiter.Recruiter.GetAsync(complexity["plotUrl"]!.GetValue<string>());
        Assert.Multiple(async () =>
        {
            Assert.That(plot.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(plot.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(await plot.Content.ReadAsStringAsync(), Does.Contain("<polyline"));
        });
    }
}
