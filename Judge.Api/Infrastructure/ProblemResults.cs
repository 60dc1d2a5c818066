using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Infrastructure;

/// <summary>RFC 7807 answers that say which field is at fault, in the same "errors" shape as validation problems.</summary>
public static class ProblemResults
{
    public static ProblemHttpResult Field(int status, string title, string field, string message) =>
        TypedResults.Problem(
            title: title,
            detail: message,
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
