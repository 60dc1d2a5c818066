using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Infrastructure;

/// <summary>RFC 7807 answers that say which field is at fault, in the same "errors" shape as validation problems.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult Field(int status, string title, string field, string message, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            all[key] = value;
        }

        return TypedResults.Problem(title: title, detail: message, statusCode: status, extensions: all);
    }

    /// <summary>A 429 with Retry-After (whole seconds, also in the body as retryAfterSeconds).</summary>
    public static IResult TooManyRequests(string field, string message, int retryAfterSeconds, IDictionary<string, object?> extensions)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        extensions["retryAfterSeconds"] = retryAfterSeconds;
        return new RetryAfterResult(Field(StatusCodes.Status429TooManyRequests, "Too many requests", field, message, extensions), retryAfterSeconds);
    }

    private sealed class RetryAfterResult(ProblemHttpResult problem, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            ArgumentNullException.ThrowIfNull(httpContext);
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
