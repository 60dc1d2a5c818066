using Judge.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// JavaScript's operation counts in probe samples (harness.js: V8 block coverage of a fresh copy of
/// solution.js, built-ins charged by their receiver's length), in the real sandbox.
/// </summary>
[TestFixture]
public sealed class OpsCountingJavaScriptTests
{
    private const string Loop = """
        function solution(a) {
          let s = 0;
          for (const x of a) {
            s += x;
          }
          return s;
        }
        """;

    private const string Nested = """
        function solution(a) {
          let s = 0;
          for (let i = 0; i < a.length; i++) {
            for (let j = 0; j < a.length; j++) {
              s += a[i] ^ a[j];
            }
          }
          return s;
        }
        """;

    private const string DefaultSort = """
        const solution = (a) => a.sort()[0];
        module.exports = solution;
        """;

    private const string ComparatorSort = """
        function solution(a) {
          a.sort((x, y) => x - y);
          return a[0];
        }
        """;

    private const string ArrayMembership = """
        function solution(a) {
          const seen = [];
          for (const x of a) {
            if (!seen.includes(x)) seen.push(x);
          }
          return seen.length;
        }
        """;

    private const string SpreadCopy = """
        function solution(a) {
          return Math.max(...a);
        }
        """;

    private ServiceProvider _engine = null!;
    private OpsProbe _probe = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WorkerHost.BuildEngine();
        _probe = new OpsProbe(_engine, "javascript");
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    [Test]
    public async Task Ops_DoubleWithN_ForASingleLoop()
    {
        var samples = await _probe.SamplesAsync(Loop, [.. new[] { 256, 512, 1024, 2048 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(1.9, 2.1));
        Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "a plain loop: nothing hidden");
    }

    [Test]
    public async Task Ops_QuadrupleWithN_ForANestedLoop()
    {
        var samples = await _probe.SamplesAsync(Nested, [.. new[] { 32, 64, 128 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(3.8, 4.2));
    }

    [TestCase(DefaultSort)]
    [TestCase(ComparatorSort)]
    public async Task Ops_GrowLikeNLogN_ForALibrarySort(string code)
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
            Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "the sort is charged or its comparator counted");
        });
    }

    [Test]
    public async Task Ops_ChargeTheScan_OfIncludesOnAnArray()
    {
        var samples = await _probe.SamplesAsync(ArrayMembership, [.. new[] { 128, 256, 512 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(3.5, 4.2));
    }

    [Test]
    public async Task Ops_AreTheSame_OnTheSameInput()
    {
        var input = OpsProbe.RandomArray(1000);
        var samples = await _probe.SamplesAsync(ComparatorSort, [input, input.DeepClone().AsArray(), input.DeepClone().AsArray()]);
        Assert.That(samples.Select(s => s.Ops).Distinct().ToList(), Has.Count.EqualTo(1).And.All.Not.Null);
    }

    [Test]
    public async Task OpsComplete_IsFalse_WhenASpreadCopiedOutOfSight()
    {
        var samples = await _probe.SamplesAsync(SpreadCopy, [OpsProbe.RandomArray(500)]);
        Assert.That(samples[0].Ops, Is.Not.Null);
        Assert.That(samples[0].OpsComplete, Is.False, "Math.max(...a) scans a where the count cannot see");
    }

    [Test]
    public async Task Ops_AreLeftOut_WhenTheCallIsTooSlowToCount()
    {
        var samples = await _probe.SamplesAsync(Nested, [OpsProbe.RandomArray(6000)]);
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
