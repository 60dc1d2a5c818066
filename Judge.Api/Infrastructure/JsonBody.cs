using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Infrastructure;

/// <summary>
/// Reads a JSON body with a size cap and turns every way it can be wrong into a ProblemDetails
/// that names the place at fault (the framework's binder answers a bare 400 instead).
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.HasJsonContentType() is false)
        {
            return (null, ProblemResults.Field(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "body", "send the request as application/json"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, ProblemResults.Field(StatusCodes.Status413PayloadTooLarge, "Request too large", "body", $"the body is {request.ContentLength} bytes; the limit is {maxBytes}"));
        }

        // Read at most maxBytes + 1: a chunked body without Content-Length cannot slip past the cap.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return (null, ProblemResults.Field(StatusCodes.Status413PayloadTooLarge, "Request too large", "body", $"the body is over the limit of {maxBytes} bytes"));
            }
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options);
            return value is null
                ? (null, ProblemResults.Field(StatusCodes.Status400BadRequest, "Invalid JSON", "body", "the body must be a JSON object"))
                : (value, null);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            var where = $"line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";
            return (null, ProblemResults.Field(StatusCodes.Status400BadRequest, "Invalid JSON", field, field == "body"
                ? $"the body is not valid JSON ({where}): {FirstSentence(e.Message)}"
                : $"'{field}' has the wrong JSON type ({where}); see the OpenAPI document for the expected shape"));
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
