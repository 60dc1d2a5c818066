using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Judge.Api.Recruiters;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Judge.Api.Infrastructure;

/// <summary>Endpoint metadata: the request counts against its action's limits per invitation token and per client address.</summary>
public sealed record CandidateRateLimit(CandidateAction Action);

/// <summary>
/// Limits on what costs a sandbox or a write (candidate runs, submits, autosaves) or invites
/// guessing (sign-in). Candidate actions go through one global limiter that chains a token
/// bucket per invitation token with one per client address (built-in
/// System.Threading.RateLimiting); a refusal is a 429 ProblemDetails that names the limit (its
/// configuration key) and carries Retry-After.
/// </summary>
public static class RateLimits
{
    /// <summary>Lease metadata naming the configuration key of the limit that refused.</summary>
    public const string LimitMetadataName = "JUDGE_LIMIT";

    /// <summary>Partition of requests whose token is not even shaped like one: they share a bucket (and answer 404 anyway).</summary>
    private const string MalformedToken = "-";

    public static TBuilder RequireCandidateRateLimit<TBuilder>(this TBuilder builder, CandidateAction action)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CandidateRateLimit(action));

    public static IServiceCollection AddJudgeRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((o, configured) =>
        {
            var limits = configured.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => RejectAsync(context, limits);
            // Per token first: a candidate over their own limit spends none of the permits their
            // network shares (one refused by the address's limit has spent one of its token's).
            o.GlobalLimiter = new OneAttemptLimiter(PartitionedRateLimiter.CreateChained(
                Candidate(limits, "PerToken", a => a.PerToken, http => SecretTokens.LooksValid(http.Request.RouteValues["token"]?.ToString()) ? http.Request.RouteValues["token"]!.ToString()! : MalformedToken),
                Candidate(limits, "PerClient", a => a.PerClient, ClientKey)));
            o.AddPolicy(RecruiterEndpoints.SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                ClientKey(http),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>
    /// The client's address as the limits see it: IPv4 whole, IPv6 by its /64 (one host usually
    /// holds a whole /64). Behind a reverse proxy this is the proxy unless forwarded headers are
    /// enabled (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true; see the README).
    /// </summary>
    public static string ClientKey(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var address = http.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    private static PartitionedRateLimiter<HttpContext> Candidate(RateLimitOptions limits, string scope, Func<ActionLimits, TokenBucketLimit> pick, Func<HttpContext, string> key)
    {
        var inner = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            Action(http) is { } action
                ? RateLimitPartition.GetTokenBucketLimiter($"{action}|{key(http)}", _ => pick(limits.For(action)).ToOptions())
                : RateLimitPartition.GetNoLimiter(string.Empty));
        return new NamedLimiter(inner, http => Action(http) is { } action ? $"{RateLimitOptions.SectionName}:{action}:{scope}" : null);
    }

    private static CandidateAction? Action(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<CandidateRateLimit>()?.Action;

    private static async ValueTask RejectAsync(OnRejectedContext context, RateLimitOptions limits)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        string limit;
        string message;
        if (context.Lease.TryGetMetadata(LimitMetadataName, out var name) && name is string key && Action(http) is { } action)
        {
            limit = key;
            var (who, bucket) = key.EndsWith(":PerToken", StringComparison.Ordinal)
                ? ("this invitation", limits.For(action).PerToken)
                : ("this network address", limits.For(action).PerClient);
            message = $"too many {Noun(action)} from {who} (at most {bucket.Describe()}); try again in {seconds} s";
        }
        else
        {
            limit = $"{RateLimitOptions.SectionName}:SignInsPerMinute";
            message = $"too many attempts from this network address (at most {limits.SignInsPerMinute} a minute); try again in {seconds} s";
        }

        await ProblemResults.TooManyRequests("rate", message, seconds, new Dictionary<string, object?> { ["limit"] = limit }).ExecuteAsync(http);
    }

    private static string Noun(CandidateAction action) => action switch
    {
        CandidateAction.Autosave => "autosaves",
        CandidateAction.Run => "runs",
        _ => "submissions",
    };

    /// <summary>Refuses unusable limits at start, naming the key.</summary>
    private sealed class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>
    {
        public ValidateOptionsResult Validate(string? name, RateLimitOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }

    /// <summary>
    /// The middleware asks a refusing limiter twice per request (an attempt, then a wait in case it
    /// queues); with no queues the second answer is the first, but a chain asked again would spend
    /// another of the first bucket's permits. The second ask gets the first refusal back.
    /// </summary>
    private sealed class OneAttemptLimiter(PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
    {
        private static readonly object RefusalKey = new();

        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
        {
            var lease = inner.AttemptAcquire(resource, permitCount);
            if (!lease.IsAcquired)
            {
                resource.Items[RefusalKey] = new RefusedLease(
                    lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : null,
                    lease.TryGetMetadata(LimitMetadataName, out var limit) ? limit as string : null);
            }

            return lease;
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            resource.Items.TryGetValue(RefusalKey, out var refused) && refused is RefusedLease lease
                ? ValueTask.FromResult<RateLimitLease>(lease)
                : inner.AcquireAsync(resource, permitCount, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A refusal repeated: the retry-after and limit name of the first.</summary>
    private sealed class RefusedLease(TimeSpan? retryAfter, string? limit) : RateLimitLease
    {
        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames =>
            new[] { retryAfter is null ? null : MetadataName.RetryAfter.Name, limit is null ? null : LimitMetadataName }.OfType<string>();

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : metadataName == LimitMetadataName ? limit : null;
            return metadata is not null;
        }
    }

    /// <summary>Tags a refused lease with the limit's configuration key, so the 429 can say which limit it hit.</summary>
    private sealed class NamedLimiter(PartitionedRateLimiter<HttpContext> inner, Func<HttpContext, string?> name) : PartitionedRateLimiter<HttpContext>
    {
        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
            Named(inner.AttemptAcquire(resource, permitCount), resource);

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            Named(await inner.AcquireAsync(resource, permitCount, cancellationToken), resource);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private RateLimitLease Named(RateLimitLease lease, HttpContext resource) =>
            lease.IsAcquired || name(resource) is not { } limit ? lease : new NamedLease(lease, limit);
    }

    private sealed class NamedLease(RateLimitLease inner, string limit) : RateLimitLease
    {
        public override bool IsAcquired => inner.IsAcquired;

        public override IEnumerable<string> MetadataNames => inner.MetadataNames.Append(LimitMetadataName);

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (metadataName == LimitMetadataName)
            {
                metadata = limit;
                return true;
            }

            return inner.TryGetMetadata(metadataName, out metadata);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
