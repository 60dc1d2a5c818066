using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Judge.Api.Infrastructure;

/// <summary>Reads a capped JSON body and validates it: the value, or the ProblemDetails that names the field at fault.</summary>
public static class Validated
{
    /// <summary>Enough for 64 KiB of code escaped in JSON plus the other fields.</summary>
    public const int DefaultMaxBytes = 512 * 1024;

    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, IValidator<T> validator, CancellationToken cancellationToken, int maxBytes = DefaultMaxBytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        var body = await JsonBody.ReadAsync<T>(request, maxBytes, cancellationToken);
        if (body.Problem is not null)
        {
            return (null, body.Problem);
        }

        var validation = await validator.ValidateAsync(body.Value!, cancellationToken);
        return validation.IsValid ? (body.Value, null) : (null, TypedResults.ValidationProblem(validation.ToDictionary()));
    }

    /// <summary>True when a save failed on a unique index (a race the earlier check could not see).</summary>
    public static bool IsUniqueViolation(Microsoft.EntityFrameworkCore.DbUpdateException e) =>
        e?.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };
}
