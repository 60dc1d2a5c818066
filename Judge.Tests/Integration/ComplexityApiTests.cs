using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Judge.Tests.Integration;

/// <summary>
/// A judged submission's complexity through the API: the probe job runs on the in-process worker
/// (queue "probe", after the verdict) and the submission then shows its complexity and its plot.
/// </summary>
[TestFixture]
public sealed class ComplexityApiTests
{
    // Judging, then the probe (the reference's sweep first, once per spec version), on two shared cores.
    private static readonly TimeSpan ComplexityTimeout = TimeSpan.FromMinutes(6);
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public async Task Submission_ShowsComplexityAndPlot_OnceTheProbeHasRun()
    {
        var code = await File.ReadAllTextAsync(TestEnvironment.SubmissionPath("max-subarray", "correct.cs"));
        using var response = await IntegrationEnvironment.Api.PostAsJsonAsync("/api/submissions", new { problemId = "max-subarray", language = "csharp", code });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();

        var submission = await WaitForComplexityAsync(location);
        var complexity = submission["complexity"]!.AsObject();
        var points = complexity["points"]!.AsArray().Select(p => p!["n"]!.GetValue<long>()).ToList();
        TestContext.Out.WriteLine(complexity.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(submission["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(complexity["state"]!.GetValue<string>(), Is.EqualTo("Measured"));
            Assert.That(complexity["expected"]!.GetValue<string>(), Is.EqualTo("O(n)"));
            Assert.That(complexity["summary"]!.GetValue<string>(), Is.Not.Empty.And.EndsWith("."));
            Assert.That(points, Is.Not.Empty.And.Ordered.Ascending);
            Assert.That(points.Distinct().Count(), Is.EqualTo(points.Count));
            Assert.That(complexity["referencePoints"]!.AsArray(), Is.Not.Empty);
            Assert.That(complexity["reference"]!.GetValue<string>(), Is.Not.Empty);
            Assert.That(complexity["plotUrl"]!.GetValue<string>(), Is.EqualTo($"{location}/complexity.svg"));
        });

        using var plot = await IntegrationEnvironment.Api.GetAsync(complexity["plotUrl"]!.GetValue<string>());
        var svgText = await plot.Content.ReadAsStringAsync();
        var svg = XElement.Parse(svgText);
        Assert.Multiple(() =>
        {
            Assert.That(plot.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(plot.Content.Headers.ContentType!.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(svg.Descendants(Svg + "polyline").Count(), Is.EqualTo(2));
            Assert.That(svg.Attribute("role")?.Value, Is.EqualTo("img"));
            Assert.That(svg.Element(Svg + "desc")!.Value, Does.StartWith(complexity["summary"]!.GetValue<string>()));
        });

        var saveTo = Environment.GetEnvironmentVariable("JUDGE_TEST_SAVE_PLOT");
        if (!string.IsNullOrEmpty(saveTo))
        {
            await File.WriteAllTextAsync(saveTo, svgText);
        }
    }

    [Test]
    public async Task Plot_ReturnsProblemDetails404_WhenTheSubmissionDoesNotExist()
    {
        using var response = await IntegrationEnvironment.Api.GetAsync($"/api/submissions/{Guid.CreateVersion7()}/complexity.svg");
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem!["title"]!.GetValue<string>(), Is.EqualTo("Unknown submission"));
            Assert.That(problem["errors"]!["id"], Is.Not.Null);
        });
    }

    /// <summary>Polls until the complexity object appears; it must be null in every answer before that.</summary>
    private static async Task<JsonObject> WaitForComplexityAsync(string location)
    {
        using var timeout = new CancellationTokenSource(ComplexityTimeout);
        while (true)
        {
            var current = await IntegrationEnvironment.Api.GetFromJsonAsync<JsonObject>(location, timeout.Token);
            Assert.That(current!.ContainsKey("complexity"), Is.True, "the complexity key is always present (null until measured)");
            if (current["complexity"] is not null)
            {
                Assert.That(current["state"]!.GetValue<string>(), Is.EqualTo("Completed"), "no complexity before the verdict");
                return current;
            }

            await Task.Delay(500, timeout.Token);
        }
    }
}
