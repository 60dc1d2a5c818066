using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Judge.Tests.Integration;

/// <summary>Bad input to the submissions API: always a 4xx ProblemDetails naming the field, never a 500, nothing stored.</summary>
[TestFixture]
public sealed class SubmissionApiValidationTests
{
    private static HttpClient Api => IntegrationEnvironment.Api;

    [TestCase("{}", "problemId")]
    [TestCase("{\"problemId\":\"max-subarray\",\"code\":\"x\"}", "language")]
    [TestCase("{\"problemId\":\"max-subarray\",\"language\":\"python\"}", "code")]
    [TestCase("{\"problemId\":\"max-subarray\",\"language\":\"python\",\"code\":\"\"}", "code")]
    [TestCase("{\"language\":\"python\",\"code\":\"x\"}", "problemId")]
    public async Task Post_Returns400NamingTheField_WhenAFieldIsMissing(string body, string field)
    {
        var problem = await PostRawAsync(body, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [TestCase("cobol", "is unknown")]
    public async Task Post_Returns400ListingLanguages_WhenLanguageIsNotJudged(string language, string says)
    {
        var problem = await PostAsync(new { problemId = "max-subarray", language, code = "x" }, HttpStatusCode.BadRequest);
        var message = problem["errors"]!["language"]![0]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(message, Does.Contain(says));
            Assert.That(message, Does.Contain("csharp, python, java, cpp, javascript"));
        });
    }

    [Test]
    public async Task Post_Returns413_WhenCodeIsOver64KiB()
    {
        var code = "# " + new string('x', 64 * 1024);
        var problem = await PostAsync(new { problemId = "max-subarray", language = "python", code }, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem["errors"]!["code"]![0]!.GetValue<string>(), Does.Contain("65536"));
    }

    [Test]
    public async Task Post_Returns413_WhenBodyIsFarOverTheLimitEvenWithoutContentLength()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"code\":\"" + new string('x', 2 * 1024 * 1024) + "\"}")));
        content.Headers.ContentType = new("application/json");
        using var response = await Api.PostAsync("/api/submissions", content);
        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task Post_Accepts_WhenCodeIsExactly64KiB()
    {
        var code = "def solution(a):\n    return 0\n";
        code += "#" + new string('x', (64 * 1024) - code.Length - 2) + "\n";
        Assert.That(Encoding.UTF8.GetByteCount(code), Is.EqualTo(64 * 1024));
        using var response = await Api.PostAsJsonAsync("/api/submissions", new { problemId = "max-subarray", language = "python", code });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [TestCase("{\"problemId\":\"max-subarray\",", "body")]
    [TestCase("not json at all", "body")]
    [TestCase("{\"problemId\":5,\"language\":\"python\",\"code\":\"x\"}", "problemId")]
    [TestCase("[1,2,3]", "body")]
    public async Task Post_Returns400NamingThePlace_WhenJsonIsInvalid(string body, string field)
    {
        var problem = await PostRawAsync(body, HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [Test]
    public async Task Post_Returns415_WhenBodyIsNotJson()
    {
        using var content = new StringContent("problemId=max-subarray", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await Api.PostAsync("/api/submissions", content);
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Post_Returns404NamingProblemId_WhenProblemIsUnknown()
    {
        var problem = await PostAsync(new { problemId = "no-such-task", language = "python", code = "x" }, HttpStatusCode.NotFound);
        Assert.That(problem["errors"]!["problemId"]![0]!.GetValue<string>(), Does.Contain("no-such-task"));
    }

    [Test]
    public async Task Get_Returns404ProblemDetails_WhenSubmissionIsUnknown()
    {
        using var response = await Api.GetAsync($"/api/submissions/{Guid.NewGuid()}");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static async Task<JsonObject> PostAsync(object body, HttpStatusCode expected)
    {
        using var response = await Api.PostAsJsonAsync("/api/submissions", body);
        return await AssertProblemAsync(response, expected);
    }

    private static async Task<JsonObject> PostRawAsync(string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await Api.PostAsync("/api/submissions", content);
        return await AssertProblemAsync(response, expected);
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(expected), text);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        });
        var problem = JsonNode.Parse(text)!.AsObject();
        Assert.That(problem["status"]!.GetValue<int>(), Is.EqualTo((int)expected));
        return problem;
    }
}
