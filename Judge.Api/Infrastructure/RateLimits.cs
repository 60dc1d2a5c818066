using System.Threading.RateLimiting;
using Judge.Api.Candidates;
using Judge.Api.Recruiters;

namespace Judge.Api.Infrastructure;

/// <summary>Limits on what costs a sandbox (candidate runs) or invites guessing (sign-in); rejections are 429 ProblemDetails.</summary>
public static class RateLimits
{
    public const string SectionName = "RateLimits";

    /// <summary>Runs per token per minute: enough to iterate (a run takes about a second), too few to use workers as a compute farm.</summary>
    public const int DefaultRunsPerMinute = 10;

    /// <summary>Sign-in and sign-up attempts per client address per minute.</summary>
    public const int DefaultSignInsPerMinute = 20;

    public static IServiceCollection AddJudgeRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var runs = configuration.GetValue($"{SectionName}:RunsPerMinute", DefaultRunsPerMinute);
        var signIns = configuration.GetValue($"{SectionName}:SignInsPerMinute", DefaultSignInsPerMinute);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemResults.Field(StatusCodes.Status429TooManyRequests, "Too many requests", "rate", $"slow down: try again in {Math.Ceiling(wait.TotalSeconds)} s")
                    .ExecuteAsync(context.HttpContext);
            };
            o.AddPolicy(CandidateEndpoints.RunPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Request.RouteValues["token"]?.ToString() ?? string.Empty,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = runs, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(RecruiterEndpoints.SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = signIns, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
