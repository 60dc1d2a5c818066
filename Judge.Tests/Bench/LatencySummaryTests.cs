using Judge.Worker.Bench;

namespace Judge.Tests.Bench;

[TestFixture]
public sealed class LatencySummaryTests
{
    [Test]
    public void Of_GivesNearestRankPercentiles_AndThroughputOverTheSpan()
    {
        // 1..100 ms in shuffled order over 20 s.
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).OrderBy(i => (i * 37) % 101).ToList();
        var summary = LatencySummary.Of(samples, TimeSpan.FromSeconds(20));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Count, Is.EqualTo(100));
            Assert.That(summary.PerSecond, Is.EqualTo(5).Within(1e-9));
            Assert.That(summary.PerMinute, Is.EqualTo(300).Within(1e-9));
            Assert.That(summary.P50, Is.EqualTo(50));
            Assert.That(summary.P95, Is.EqualTo(95));
            Assert.That(summary.P99, Is.EqualTo(99));
            Assert.That(summary.Max, Is.EqualTo(100));
        });
    }

    [Test]
    public void Of_ASingleSample_IsEveryPercentile()
    {
        var summary = LatencySummary.Of([42.0], TimeSpan.FromSeconds(30));
        Assert.Multiple(() =>
        {
            Assert.That(summary.P50, Is.EqualTo(42));
            Assert.That(summary.P99, Is.EqualTo(42));
            Assert.That(summary.PerMinute, Is.EqualTo(2).Within(1e-9));
        });
    }

    [Test]
    public void Of_NoSamples_HasNoPercentiles()
    {
        var summary = LatencySummary.Of([], TimeSpan.FromSeconds(1));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Count, Is.Zero);
            Assert.That(summary.PerSecond, Is.Zero);
            Assert.That(summary.P99, Is.NaN);
        });
    }

    [Test]
    public void Of_RefusesAnEmptySpan() =>
        Assert.That(() => LatencySummary.Of([1.0], TimeSpan.Zero), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
