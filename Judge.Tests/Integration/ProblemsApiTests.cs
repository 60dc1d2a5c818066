using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration;

/// <summary>The problems API shows what candidates may see, and nothing hidden.</summary>
[TestFixture]
public sealed class ProblemsApiTests
{
    [Test]
    public async Task List_ShowsEveryTaskWithDifficultyAndLanguages()
    {
        var list = await IntegrationEnvironment.Api.GetFromJsonAsync<JsonArray>("/api/problems");
        var max = list!.First(p => p!["id"]!.GetValue<string>() == "max-subarray")!;
        Assert.Multiple(() =>
        {
            Assert.That(list, Has.Count.EqualTo(14));
            Assert.That(max["title"]!.GetValue<string>(), Is.EqualTo("Largest slice sum"));
            Assert.That(max["difficulty"]!.GetValue<string>(), Is.EqualTo("medium"));
            Assert.That(max["languages"]!.AsArray().Select(l => l!.GetValue<string>()), Is.EqualTo(new[] { "csharp", "python", "java", "cpp", "javascript" }));
        });
    }

    [Test]
    public async Task Get_ShowsStatementSignatureSkeletonsAndExamples_ButNoHiddenTests()
    {
        using var response = await IntegrationEnvironment.Api.GetAsync("/api/problems/max-subarray");
        var text = await response.Content.ReadAsStringAsync();
        var detail = JsonNode.Parse(text)!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(detail["statement"]!["markdown"]!.GetValue<string>(), Does.StartWith("# Largest slice sum"));
            Assert.That(detail["statement"]!["html"]!.GetValue<string>(), Does.Contain("<h1"));
            Assert.That(detail["signature"]!["returns"]!.GetValue<string>(), Is.EqualTo("long"));
            Assert.That(detail["signature"]!["params"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("int[]"));
            Assert.That(detail["skeletons"]!.AsObject().Select(s => s.Key), Is.EquivalentTo(new[] { "csharp", "python", "java", "cpp", "javascript" }));
            Assert.That(detail["examples"]![0]!["expected"]!.GetValue<long>(), Is.EqualTo(6));
            Assert.That(detail.AsObject().Select(p => p.Key), Has.None.AnyOf("groups", "solutions", "checker"));
            // A hidden case's answer (group "overflow") must not appear anywhere.
            Assert.That(text, Does.Not.Contain("3999999999"));
        });
    }

    [Test]
    public async Task Get_Returns404ProblemDetails_WhenTaskIsUnknown()
    {
        using var response = await IntegrationEnvironment.Api.GetAsync("/api/problems/no-such-task");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }
}
