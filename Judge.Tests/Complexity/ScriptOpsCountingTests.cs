using Judge.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// The operation counts of a language whose harness counts at run time (Python traces, JavaScript takes
/// V8's block coverage), in the real sandbox: each language's fixture supplies the programs, this runs
/// the same checks on them.
/// </summary>
public abstract class ScriptOpsCountingTests
{
    private ServiceProvider _engine = null!;
    private OpsProbe _probe = null!;

    /// <summary>The sandbox probe of this language, for a fixture's own checks.</summary>
    protected OpsProbe Probe => _probe;

    protected abstract string Language { get; }

    /// <summary>Sums an array in one loop.</summary>
    protected abstract string SingleLoop { get; }

    /// <summary>Visits every pair of elements.</summary>
    protected abstract string NestedLoops { get; }

    /// <summary>Programs whose work is a library sort or heap: charged n·log₂n, nothing hidden.</summary>
    protected abstract IReadOnlyList<string> SortsOrHeaps { get; }

    /// <summary>One line per element, but each a library scan of what was seen so far: quadratic.</summary>
    protected abstract string Membership { get; }

    /// <summary>A program whose library work the count cannot see, and why.</summary>
    protected abstract (string Code, string Why) HiddenWork { get; }

    /// <summary>A size at which <see cref="NestedLoops"/> is too slow to count.</summary>
    protected abstract int TooSlowToCount { get; }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WorkerHost.BuildEngine();
        _probe = new OpsProbe(_engine, Language);
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    [Test]
    public async Task Ops_DoubleWithN_ForASingleLoop()
    {
        var samples = await _probe.SamplesAsync(SingleLoop, [.. new[] { 256, 512, 1024, 2048 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(1.9, 2.1));
        Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "a plain loop: nothing hidden");
    }

    [Test]
    public async Task Ops_QuadrupleWithN_ForANestedLoop()
    {
        var samples = await _probe.SamplesAsync(NestedLoops, [.. new[] { 32, 64, 128 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(3.8, 4.2));
    }

    [Test]
    public async Task Ops_GrowLikeNLogN_ForALibrarySortOrHeap()
    {
        int[] sizes = [512, 1024, 2048];
        foreach (var code in SortsOrHeaps)
        {
            var samples = await _probe.SamplesAsync(code, [.. sizes.Select(n => OpsProbe.RandomArray(n))]);
            var ratios = OpsProbe.Ratios(samples);
            Assert.Multiple(() =>
            {
                for (var i = 0; i < ratios.Length; i++)
                {
                    var expected = OpsProbe.NLogNRatio(sizes[i]);
                    Assert.That(ratios[i], Is.InRange(expected * 0.95, expected * 1.05), $"ops({2 * sizes[i]})/ops({sizes[i]}) of {code}");
                }
                Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "the sort or heap is charged (or its comparator counted), not hidden: " + code);
            });
        }
    }

    [Test]
    public async Task Ops_ChargeTheScan_OfMembership()
    {
        var samples = await _probe.SamplesAsync(Membership, [.. new[] { 128, 256, 512 }.Select(n => OpsProbe.RandomArray(n))]);
        Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(3.5, 4.2));
    }

    [Test]
    public async Task Ops_AreTheSame_OnTheSameInput()
    {
        var input = OpsProbe.RandomArray(1000);
        var samples = await _probe.SamplesAsync(SortsOrHeaps[^1], [input, input.DeepClone().AsArray(), input.DeepClone().AsArray()]);
        Assert.That(samples.Select(s => s.Ops).Distinct().ToList(), Has.Count.EqualTo(1).And.All.Not.Null);
    }

    [Test]
    public async Task OpsComplete_IsFalse_WhenLibraryWorkWasHidden()
    {
        var samples = await _probe.SamplesAsync(HiddenWork.Code, [OpsProbe.RandomArray(500)]);
        Assert.That(samples[0].Ops, Is.Not.Null);
        Assert.That(samples[0].OpsComplete, Is.False, HiddenWork.Why);
    }

    [Test]
    public async Task Ops_AreLeftOut_WhenTheCallIsTooSlowToCount()
    {
        var samples = await _probe.SamplesAsync(NestedLoops, [OpsProbe.RandomArray(TooSlowToCount)]);
        Assert.That(samples[0].Ops, Is.Null);
    }

    [Test]
    public async Task Ops_AreCountedEveryPeriodthSample_WhenThePeriodIsGiven()
    {
        // The probe passes its rounds per size: one counted call per size, the last sample of each.
        var samples = await _probe.SamplesAsync(SingleLoop, [.. Enumerable.Range(1, 7).Select(seed => OpsProbe.RandomArray(256, seed))], period: 3);
        Assert.That(samples.Select(s => s.Ops is not null), Is.EqualTo(new[] { true, false, false, true, false, false, true }));
    }

    [Test]
    public async Task ASamplesCount_IsTheMedianOverItsInputs()
    {
        // Inputs of one size differ in work (here: 64, 512 and 128 iterations); one input's count would make
        // a size's count jump with the input drawn.
        var inputs = new[] { 64, 512, 128 }.Select(n => OpsProbe.RandomArray(n)).ToList();

        var sample = await _probe.SampleOfAsync(SingleLoop, inputs);
        var alone = await _probe.SamplesAsync(SingleLoop, inputs);

        Assert.That(sample.Ops, Is.EqualTo(alone[2].Ops), $"alone: {string.Join(", ", alone.Select(s => s.Ops))}");
    }

    [Test]
    public async Task Ops_AreLeftOut_WithoutHarnessProbeOps()
    {
        var samples = await _probe.SamplesAsync(SingleLoop, [OpsProbe.RandomArray(256), OpsProbe.RandomArray(512)], countOps: false);
        Assert.That(samples.Select(s => s.Ops), Has.All.Null);
    }
}
