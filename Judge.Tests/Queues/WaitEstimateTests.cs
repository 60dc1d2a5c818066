using Judge.Api.Queues;

namespace Judge.Tests.Queues;

[TestFixture]
public sealed class WaitEstimateTests
{
    [Test]
    public void ServiceSeconds_IsNull_WithoutCompletedRuns() =>
        Assert.That(WaitEstimate.ServiceSeconds([]), Is.Null);

    [Test]
    public void ServiceSeconds_IsTheDuration_OfASingleRun() =>
        Assert.That(WaitEstimate.ServiceSeconds([2.5]), Is.EqualTo(2.5));

    [Test]
    public void ServiceSeconds_WeighsNewerRunsMore()
    {
        // 1 s runs, then the runs slow down to 5 s: the average moves towards 5 s, newest first.
        var slowingDown = WaitEstimate.ServiceSeconds([1, 1, 1, 1, 5, 5, 5]);
        var speedingUp = WaitEstimate.ServiceSeconds([5, 5, 5, 1, 1, 1, 1]);
        Assert.Multiple(() =>
        {
            // 1 → 1.8 → 2.44 → 2.952 with smoothing 0.2.
            Assert.That(slowingDown, Is.EqualTo(2.952).Within(1e-9));
            Assert.That(speedingUp, Is.LessThan(slowingDown!.Value));
        });
    }

    [Test]
    public void ServiceSeconds_IgnoresNegativeAndNonFiniteDurations() =>
        Assert.That(WaitEstimate.ServiceSeconds([-3, double.NaN, 2, double.PositiveInfinity]), Is.EqualTo(2));

    [TestCase(200, 3.0, 4, 150)]
    [TestCase(10, 2.0, 1, 20)]
    [TestCase(7, 1.5, 2, 6)] // 5.25 rounds up
    [TestCase(0, 3.0, 4, 0)]
    public void WaitSeconds_IsDepthTimesServiceTime_OverWorkerSlots(long depth, double service, int workers, int expected) =>
        Assert.That(WaitEstimate.WaitSeconds(depth, service, workers), Is.EqualTo(expected));

    [Test]
    public void WaitSeconds_IsUnknown_WithoutWorkers() =>
        Assert.That(WaitEstimate.WaitSeconds(50, 3, 0), Is.Null);

    [TestCase(200, 200, 3.0, 4, 1)] // one run must leave: 0.75 s, at least 1
    [TestCase(240, 200, 3.0, 4, 31)] // 41 runs must leave: 30.75 s
    [TestCase(5, 3, 2.0, 1, 6)]
    public void RetryAfterSeconds_IsTheTimeUntilTheQueueIsUnderItsBound(long depth, int bound, double service, int workers, int expected) =>
        Assert.That(WaitEstimate.RetryAfterSeconds(depth, bound, service, workers), Is.EqualTo(expected));

    [Test]
    public void RetryAfterSeconds_IsAMinute_WithoutWorkers() =>
        Assert.That(WaitEstimate.RetryAfterSeconds(500, 200, 3, 0), Is.EqualTo(WaitEstimate.NoWorkerRetrySeconds));
}
