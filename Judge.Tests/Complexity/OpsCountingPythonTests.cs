using Judge.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// Python's operation counts in probe samples (harness.py: traced lines and calls of solution.py,
/// library calls charged by their size), in the real sandbox.
/// </summary>
[TestFixture]
public sealed class OpsCountingPythonTests
{
    private const string Loop = """
        def solution(a):
            s = 0
            for x in a:
                s += x
            return s
        """;

    private const string Nested = """
        def solution(a):
            s = 0
            for x in a:
                for y in a:
                    s += x ^ y
            return s
        """;

    private const string LibrarySort = """
        def solution(a):
            return sorted(a)[0]
        """;

    private const string HeapSort = """
        import heapq

        def solution(a):
            h = []
            for x in a:
                heapq.heappush(h, x)
            return [heapq.heappop(h) for _ in range(len(a))][0]
        """;

    private const string ListMembership = """
        def solution(a):
            seen = []
            for x in a:
                if x not in seen:
                    seen.append(x)
            return len(seen)
        """;

    private const string CounterCopy = """
        from collections import Counter

        def solution(a):
            return max(Counter(a).values())
        """;

    private ServiceProvider _engine = null!;
    private OpsProbe _probe = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WorkerHost.BuildEngine();
        _probe = new OpsProbe(_engine, "python");
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    [Test]
    public async Task Ops_DoubleWithN_ForASingleLoop()
    {
        var samples = await _probe.SamplesAsync(Loop, [.. new[] { 256, 512, 1024, 2048 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(1.9, 2.1));
        Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "plain Python: nothing hidden");
    }

    [Test]
    public async Task Ops_QuadrupleWithN_ForANestedLoop()
    {
        var samples = await _probe.SamplesAsync(Nested, [.. new[] { 32, 64, 128 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(3.8, 4.2));
    }

    [TestCase(LibrarySort)]
    [TestCase(HeapSort)]
    public async Task Ops_GrowLikeNLogN_ForALibrarySortOrHeap(string code)
    {
        int[] sizes = [512, 1024, 2048];
        var samples = await _probe.SamplesAsync(code, [.. sizes.Select(n => OpsProbe.RandomArray(n))]);
        var ratios = OpsProbe.Ratios(samples);
        Assert.Multiple(() =>
        {
            for (var i = 0; i < ratios.Length; i++)
            {
                var expected = OpsProbe.NLogNRatio(sizes[i]);
                Assert.That(ratios[i], Is.InRange(expected * 0.95, expected * 1.05), $"ops({2 * sizes[i]})/ops({sizes[i]})");
            }
            Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "sorted and heapq are charged, not hidden");
        });
    }

    [Test]
    public async Task Ops_ChargeTheScan_OfMembershipInAList()
    {
        // Each x in list scans the list: quadratic, though every line runs once per element.
        var samples = await _probe.SamplesAsync(ListMembership, [.. new[] { 128, 256, 512 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(3.5, 4.2));
    }

    [Test]
    public async Task Ops_AreTheSame_OnTheSameInput()
    {
        var input = OpsProbe.RandomArray(1000);
        var samples = await _probe.SamplesAsync(HeapSort, [input, input.DeepClone().AsArray(), input.DeepClone().AsArray()]);
        Assert.That(samples.Select(s => s.Ops).Distinct().ToList(), Has.Count.EqualTo(1).And.All.Not.Null);
    }

    [Test]
    public async Task OpsComplete_IsFalse_WhenLibraryCodeCountedNothing()
    {
        var samples = await _probe.SamplesAsync(CounterCopy, [OpsProbe.RandomArray(500)]);
        Assert.That(samples[0].Ops, Is.Not.Null);
        Assert.That(samples[0].OpsComplete, Is.False, "Counter(a) ran library Python code the count did not see");
    }

    [Test]
    public async Task Ops_AreLeftOut_WhenTheCallIsTooSlowToTrace()
    {
        var samples = await _probe.SamplesAsync(Nested, [OpsProbe.RandomArray(2000)]);
        Assert.That(samples[0].Ops, Is.Null);
    }

    [Test]
    public async Task Ops_AreCountedEveryPeriodthSample_WhenThePeriodIsGiven()
    {
        // The probe passes its rounds per size: one counted call per size, the last sample of each.
        var samples = await _probe.SamplesAsync(Loop, [.. Enumerable.Range(1, 7).Select(seed => OpsProbe.RandomArray(256, seed))], period: 3);
        Assert.That(samples.Select(s => s.Ops is not null), Is.EqualTo(new[] { true, false, false, true, false, false, true }));
    }

    [Test]
    public async Task Ops_AreLeftOut_WithoutHarnessProbeOps()
    {
        var samples = await _probe.SamplesAsync(Loop, [OpsProbe.RandomArray(256), OpsProbe.RandomArray(512)], countOps: false);
        Assert.That(samples.Select(s => s.Ops), Has.All.Null);
    }
}
