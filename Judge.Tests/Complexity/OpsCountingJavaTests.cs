using System.Text;
using Judge.Tests.Sandbox;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// Java's operation counts in probe samples (HARNESS_PROBE_OPS): counting copies of the candidate's
/// classes made at the probe's compile, run in the real sandbox. Counts must follow the work (a loop
/// ×2 per doubling, a nested loop ×4, a library sort n log n by its model), repeat exactly, say when
/// library code they cannot see ran, and appear only when asked for.
/// </summary>
[TestFixture]
public sealed class OpsCountingJavaTests
{
    private ServiceProvider _engine = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WarmPoolEngine.Build(0);
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    private const string SingleLoop = """
        class Solution {
            public long solution(int[] a) {
                long s = 0;
                for (int i = 0; i < a.length; i++) s += a[i];
                return s;
            }
        }
        """;

    private const string NestedLoop = """
        class Solution {
            public long solution(int[] a) {
                long s = 0;
                for (int i = 0; i < a.length; i++)
                    for (int j = 0; j < a.length; j++) s += a[i] ^ a[j];
                return s;
            }
        }
        """;

    private const string LibrarySort = """
        import java.util.Arrays;
        class Solution {
            public long solution(long[] a) {
                Arrays.sort(a);
                return a[0];
            }
        }
        """;

    private const string TreeSetInserts = """
        import java.util.TreeSet;
        class Solution {
            public int solution(int[] a) {
                TreeSet<Integer> set = new TreeSet<>();
                for (int x : a) set.add(x);
                return set.size();
            }
        }
        """;

    private const string UnmodelledStream = """
        import java.util.Arrays;
        class Solution {
            public long solution(int[] a) {
                return Arrays.stream(a).sorted().asLongStream().sum();
            }
        }
        """;

    [Test]
    public async Task Ops_DoubleWithN_ForASingleLoop()
    {
        var records = await ProbeAsync(SingleLoop, [Ints(1000), Ints(2000), Ints(4000)]);
        AssertGrowth(records, 2.0);
        Assert.That(records.All(r => r.OpsComplete), Is.True, "no library code ran");
    }

    [Test]
    public async Task Ops_QuadrupleWithN_ForANestedLoop()
    {
        var records = await ProbeAsync(NestedLoop, [Ints(100), Ints(200), Ints(400)]);
        AssertGrowth(records, 4.0);
    }

    [Test]
    public async Task Ops_ChargeALibrarySort_ByNLogN()
    {
        // n = 2^k: n·log2 n grows by 2·(k+1)/k per doubling.
        var records = await ProbeAsync(LibrarySort, [Ints(1024), Ints(2048), Ints(4096)]);
        Assert.That(records.Select(r => r.Ops), Has.All.Not.Null);
        Assert.That(records[1].Ops!.Value / records[0].Ops!.Value, Is.EqualTo(2.0 * 11 / 10).Within(5).Percent);
        Assert.That(records[2].Ops!.Value / records[1].Ops!.Value, Is.EqualTo(2.0 * 12 / 11).Within(5).Percent);
        Assert.That(records.All(r => r.OpsComplete), Is.True, "the sort is modelled");
    }

    [Test]
    public async Task Ops_ChargeTreeSetInserts_ByLogSize()
    {
        var records = await ProbeAsync(TreeSetInserts, [Distinct(1024), Distinct(2048), Distinct(4096)]);
        var ratio = records[2].Ops!.Value / records[1].Ops!.Value;
        // Loop iterations (linear) plus log2(size) per insert: between linear and the pure n log n step.
        Assert.That(ratio, Is.GreaterThan(2.04).And.LessThan(2.0 * 12 / 11 * 1.05), $"ops {string.Join(", ", records.Select(r => r.Ops))}");
        Assert.That(records.All(r => r.OpsComplete), Is.True);
    }

    [Test]
    public async Task Ops_AreDeterministic_OnTheSameInput()
    {
        var input = Distinct(3000);
        var records = await ProbeAsync(TreeSetInserts, [input, input, input]);
        Assert.That(records.Select(r => r.Ops).Distinct().Count(), Is.EqualTo(1), $"ops {string.Join(", ", records.Select(r => r.Ops))}");
        Assert.That(records[0].Ops, Is.GreaterThan(3000));
    }

    [Test]
    public async Task Ops_AreIncomplete_WhenUnmodelledLibraryCodeRuns()
    {
        var records = await ProbeAsync(UnmodelledStream, [Ints(1000), Ints(2000)]);
        Assert.That(records.Select(r => r.Ops), Has.All.Not.Null);
        Assert.That(records.Select(r => r.OpsComplete), Has.All.False);
    }

    [Test]
    public async Task ASamplesCount_IsTheMedianOverItsInputs()
    {
        // Inputs of one size differ in work (here: 64, 512 and 128 iterations); one input's count would make
        // a size's count jump with the input drawn.
        var inputs = new[] { 64, 512, 128 }.Select(n => OpsProbe.RandomArray(n)).ToList();
        var probe = new OpsProbe(_engine, "java");

        var sample = await probe.SampleOfAsync(SingleLoop, inputs);
        var alone = await probe.SamplesAsync(SingleLoop, inputs);

        Assert.That(sample.Ops, Is.EqualTo(alone[2].Ops), $"alone: {string.Join(", ", alone.Select(s => s.Ops))}");
    }

    [Test]
    public async Task Ops_AreCountedEveryPeriodthSample_WhenThePeriodIsGiven()
    {
        // The probe passes its rounds per size: one counted call per size, the last sample of each.
        var records = await ProbeAsync(SingleLoop, [.. Enumerable.Range(0, 7).Select(i => Ints(1000 + i))], period: 3);
        Assert.That(records.Select(r => r.Ops is not null), Is.EqualTo(new[] { true, false, false, true, false, false, true }));
    }

    [Test]
    public async Task Ops_AreAbsent_WithoutHarnessProbeOps()
    {
        var records = await ProbeAsync(SingleLoop, [Ints(1000), Ints(2000)], countOps: false);
        Assert.That(records.Select(r => r.Ok), Has.All.True);
        Assert.That(records.Select(r => r.Ops), Has.All.Null);
    }

    [Test]
    public async Task JudgedProgram_HasNoCountingCopies()
    {
        var toolchain = _engine.GetRequiredService<Toolchains>().Get("java");
        var judged = await toolchain.CompileAsync(SingleLoop, CancellationToken.None);
        var probe = await toolchain.CompileForProbeAsync(SingleLoop, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(judged.Program!.Files.Keys, Has.None.StartsWith("ops/"));
            Assert.That(probe.Program!.Files.Keys, Does.Contain("ops/Solution.class"));
            // The judged classes are the same bytes in both.
            Assert.That(probe.Program.Files["Solution.class"], Is.EqualTo(judged.Program.Files["Solution.class"]));
        });
    }

    private static void AssertGrowth(IReadOnlyList<TestRecord> records, double factor)
    {
        Assert.That(records.Select(r => r.Ops), Has.All.Not.Null, "every sample counted");
        for (var i = 1; i < records.Count; i++)
        {
            Assert.That(records[i].Ops!.Value / records[i - 1].Ops!.Value, Is.EqualTo(factor).Within(5).Percent, $"ops {string.Join(", ", records.Select(r => r.Ops))}");
        }
    }

    private async Task<IReadOnlyList<TestRecord>> ProbeAsync(string code, IReadOnlyList<string> inputs, bool countOps = true, int period = 1)
    {
        var compiled = await _engine.GetRequiredService<Toolchains>().Get("java").CompileForProbeAsync(code, CancellationToken.None);
        Assert.That(compiled.Ok, Is.True, compiled.Output);
        var program = compiled.Program! with
        {
            Environment = [.. compiled.Program!.Environment, "HARNESS_PROBE_MS=2", .. countOps ? new[] { "HARNESS_PROBE_OPS=" + period.ToString(System.Globalization.CultureInfo.InvariantCulture) } : []],
        };
        var run = await _engine.GetRequiredService<HarnessRunner>().RunFilesAsync(
            program, [.. inputs.Select(i => Encoding.UTF8.GetBytes(i + "\n"))], 256, _ => TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.That(run.Results, Has.Count.EqualTo(inputs.Count), run.CompileError ?? run.Outcome.StderrHead);
        Assert.That(run.Results.Select(r => r.Ok), Has.All.True, string.Join("; ", run.Results.Select(r => r.Error)));
        return run.Results;
    }

    // One argument list of n pseudo-random ints (fixed seed: the counts of a sort depend only on n).
    private static string Ints(int n)
    {
        var random = new Random(n);
        return "[[" + string.Join(',', Enumerable.Range(0, n).Select(_ => random.Next(-1_000_000, 1_000_000))) + "]]";
    }

    // n distinct ints in random order.
    private static string Distinct(int n)
    {
        var random = new Random(n);
        return "[[" + string.Join(',', Enumerable.Range(0, n).OrderBy(_ => random.Next())) + "]]";
    }
}
