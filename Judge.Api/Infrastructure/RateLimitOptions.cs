using System.Threading.RateLimiting;

namespace Judge.Api.Infrastructure;

/// <summary>The candidate actions that have limits of their own.</summary>
public enum CandidateAction
{
    Autosave,
    Run,
    Submit,
}

/// <summary>
/// Limits under RateLimits:*. Each candidate action has a token bucket per invitation token and
/// one per client address; a request must get a permit from both.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in and sign-up attempts per client address per minute.</summary>
    public const int DefaultSignInsPerMinute = 20;

    public int SignInsPerMinute { get; set; } = DefaultSignInsPerMinute;

    /// <summary>
    /// The app saves after a pause of a second in typing, so one candidate stays well under 60 a
    /// minute; a reload re-sends every task's unsaved languages at once, hence the burst. Per
    /// address: a company's NAT with dozens of candidates typing at once.
    /// </summary>
    public ActionLimits Autosave { get; set; } = new()
    {
        PerToken = new TokenBucketLimit { PerMinute = 60, Burst = 30 },
        PerClient = new TokenBucketLimit { PerMinute = 600, Burst = 600 },
    };

    /// <summary>A run holds a sandbox for about a second or two: enough to iterate, too few to use the workers as a compute farm.</summary>
    public ActionLimits Run { get; set; } = new()
    {
        PerToken = new TokenBucketLimit { PerMinute = 10, Burst = 10 },
        PerClient = new TokenBucketLimit { PerMinute = 300, Burst = 300 },
    };

    /// <summary>A session submits each task once; the rest are retries and refusals.</summary>
    public ActionLimits Submit { get; set; } = new()
    {
        PerToken = new TokenBucketLimit { PerMinute = 10, Burst = 5 },
        PerClient = new TokenBucketLimit { PerMinute = 300, Burst = 300 },
    };

    public ActionLimits For(CandidateAction action) => action switch
    {
        CandidateAction.Autosave => Autosave,
        CandidateAction.Run => Run,
        _ => Submit,
    };

    /// <summary>Null when every limit is usable, otherwise what is wrong, naming the configuration key.</summary>
    public string? Problem()
    {
        if (SignInsPerMinute < 1)
        {
            return $"{SectionName}:SignInsPerMinute must be at least 1";
        }

        foreach (var action in Enum.GetValues<CandidateAction>())
        {
            var limits = For(action);
            foreach (var (scope, limit) in new[] { ("PerToken", limits.PerToken), ("PerClient", limits.PerClient) })
            {
                if (limit.PerMinute < 1 || limit.Burst < 1)
                {
                    return $"{SectionName}:{action}:{scope}: PerMinute and Burst must be at least 1";
                }
            }
        }

        return null;
    }
}

/// <summary>The two limits of one action.</summary>
public sealed class ActionLimits
{
    public TokenBucketLimit PerToken { get; set; } = new();

    public TokenBucketLimit PerClient { get; set; } = new();
}

/// <summary>A token bucket: up to Burst requests at once, refilled at PerMinute a minute.</summary>
public sealed class TokenBucketLimit
{
    public int PerMinute { get; set; } = 60;

    public int Burst { get; set; } = 60;

    /// <summary>
    /// The bucket refills in whole tokens at the exact rate: PerMinute/g tokens every 60/g seconds,
    /// g = gcd(PerMinute, 60), so 10/min is one token every 6 s and 600/min ten every second. The
    /// period is never under a second (the partitioned limiter replenishes on a 100 ms timer).
    /// </summary>
    public TokenBucketRateLimiterOptions ToOptions()
    {
        var g = Gcd(PerMinute, 60);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = PerMinute / g,
            ReplenishmentPeriod = TimeSpan.FromSeconds(60 / g),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }

    public string Describe() => $"{PerMinute} a minute, bursts of {Burst}";

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
