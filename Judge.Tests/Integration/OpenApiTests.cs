using System.Net;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration;

/// <summary>The OpenAPI document covers every endpoint with a summary, and its interactive UI is served.</summary>
[TestFixture]
public sealed class OpenApiTests
{
    [Test]
    public async Task Document_SummarisesEveryOperation()
    {
        var document = JsonNode.Parse(await IntegrationEnvironment.Api.GetStringAsync("/openapi/v1.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key.ToUpperInvariant()} {path.Key}", Summary: op.Value!["summary"]?.GetValue<string>())))
            .ToList();
        Assert.Multiple(() =>
        {
            // The API's areas are all there (the web pages are not API operations and stay out).
            Assert.That(operations.Select(o => o.Name), Has.Some.StartsWith("POST /api/submissions")
                .And.Some.StartsWith("GET /api/problems")
                .And.Some.StartsWith("POST /api/assessments")
                .And.Some.StartsWith("PUT /api/candidate/{token}/tasks/{ordinal}/draft")
                .And.Some.StartsWith("POST /api/recruiters/sign-in")
                .And.Some.StartsWith("GET /health/ready")
                .And.None.Contains("/recruiter/{"));
            Assert.That(operations.Where(o => string.IsNullOrWhiteSpace(o.Summary)).Select(o => o.Name), Is.Empty, "operations without a summary");
        });
    }

    [Test]
    public async Task InteractiveUi_IsServed()
    {
        using var response = await IntegrationEnvironment.Api.GetAsync("/scalar/v1");
        using var script = await IntegrationEnvironment.Api.GetAsync("/scalar/scalar.js");
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("\"url\":\"openapi/v1.json\""));
            Assert.That(script.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the UI's script is served too (no CDN is reachable)");
        });
    }
}
