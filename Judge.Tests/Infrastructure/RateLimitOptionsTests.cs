using System.Threading.RateLimiting;
using Judge.Api.Infrastructure;

namespace Judge.Tests.Infrastructure;

[TestFixture]
public sealed class RateLimitOptionsTests
{
    [TestCase(10, 1, 6)] // one token every 6 s
    [TestCase(60, 1, 1)]
    [TestCase(600, 10, 1)]
    [TestCase(100, 5, 3)] // exact: 5 every 3 s is 100 a minute
    [TestCase(7, 7, 60)]
    public void ToOptions_RefillsAtTheExactRate_InPeriodsOfAtLeastASecond(int perMinute, int tokensPerPeriod, int periodSeconds)
    {
        var options = new TokenBucketLimit { PerMinute = perMinute, Burst = 3 }.ToOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.TokensPerPeriod, Is.EqualTo(tokensPerPeriod));
            Assert.That(options.ReplenishmentPeriod, Is.EqualTo(TimeSpan.FromSeconds(periodSeconds)));
            Assert.That(options.TokensPerPeriod * (60 / options.ReplenishmentPeriod.TotalSeconds), Is.EqualTo(perMinute).Within(1e-9));
            Assert.That(options.TokenLimit, Is.EqualTo(3));
            Assert.That(options.QueueLimit, Is.Zero);
        });
    }

    [Test]
    public void TokenBucket_AllowsTheBurst_ThenRefuses_WithRetryAfter()
    {
        using var limiter = new TokenBucketRateLimiter(new TokenBucketLimit { PerMinute = 10, Burst = 3 }.ToOptions());
        var leases = Enumerable.Range(0, 4).Select(_ => limiter.AttemptAcquire()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(leases.Take(3).Select(l => l.IsAcquired), Is.All.True);
            Assert.That(leases[3].IsAcquired, Is.False);
            Assert.That(leases[3].TryGetMetadata(MetadataName.RetryAfter, out var retry), Is.True);
            Assert.That(retry, Is.EqualTo(TimeSpan.FromSeconds(6)));
        });
        leases.ForEach(l => l.Dispose());
    }

    [Test]
    public void Defaults_AreUsable_AndLetTheAppAutosaveEverySecond()
    {
        var options = new RateLimitOptions();
        Assert.Multiple(() =>
        {
            Assert.That(options.Problem(), Is.Null);
            Assert.That(options.Autosave.PerToken.PerMinute, Is.GreaterThanOrEqualTo(60));
            Assert.That(options.Run.PerToken.PerMinute, Is.EqualTo(10));
            Assert.That(options.Autosave.PerClient.PerMinute, Is.GreaterThanOrEqualTo(600));
        });
    }

    [Test]
    public void Problem_NamesTheKey_OfAnUnusableLimit()
    {
        var options = new RateLimitOptions();
        options.Submit.PerClient.Burst = 0;
        Assert.That(options.Problem(), Does.Contain("RateLimits:Submit:PerClient"));
    }
}
