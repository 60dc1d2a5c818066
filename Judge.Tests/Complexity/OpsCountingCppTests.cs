using System.Text;
using System.Text.Json.Nodes;
using Judge.Core.Judging;
using Judge.Worker;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// C++ operation counts of the complexity probe (CppToolchain.CompileForProbeAsync, harness.cpp under
/// JUDGE_PROBE_OPS), compiled and run in the real sandbox: the count of one call must grow as the
/// call's work does, including work in STL templates and in libc's memmove/memchr, be the same for
/// the same input, say when it missed work, and be absent outside HARNESS_PROBE_OPS.
/// </summary>
[TestFixture]
public sealed class OpsCountingCppTests
{
    // One program, one kind of work per mode, so the whole fixture needs two compiles.
    private const string Solution = """
        #include <bits/stdc++.h>
        using namespace std;

        long long solution(int mode, vector<int> a, string s) {
            long long r = 0;
            size_t n = a.size();
            if (mode == 0) {
                for (int x : a) r += x % 7 == 3 ? x : 1;
            } else if (mode == 1) {
                for (size_t i = 0; i < n; i++)
                    for (size_t j = 0; j < n; j++) r += (a[i] ^ a[j]) & 1;
            } else if (mode == 2) {
                sort(a.begin(), a.end());
                r = a[n / 2];
            } else if (mode == 3) {
                // Each insert shifts the whole vector: memmove, outside the coverage hooks.
                vector<int> v;
                for (int x : a) v.insert(v.begin(), x);
                r = v[0];
            } else if (mode == 4) {
                // string::find scans with memchr: O(n) per call here.
                for (size_t i = 0; i < s.size(); i++) r += s.find('z', i) != string::npos;
            } else if (mode == 5) {
                list<int> l(a.begin(), a.end());
                l.reverse();
                r = l.front();
            }
            return r;
        }
        """;

    private ServiceProvider _engine = null!;
    private SandboxProgram _probe = null!;

    [OneTimeSetUp]
    public async Task CompileAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WorkerHost.BuildEngine();
        var compiled = await _engine.GetRequiredService<Toolchains>().Get(LanguageNames.Cpp).CompileForProbeAsync(Solution, CancellationToken.None);
        Assert.That(compiled.Ok, Is.True, compiled.Output);
        _probe = compiled.Program!;
    }

    [OneTimeTearDown]
    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Test]
    public async Task Counts_GrowWithTheWork()
    {
        var inputs = new List<string>();
        int Add(int mode, int n)
        {
            inputs.Add(Input(mode, n));
            return inputs.Count - 1;
        }

        // Sizes 2^k and 2^(k+1): n log n grows by 2(k+1)/k there.
        var loop = (Add(0, 4096), Add(0, 8192));
        var nested = (Add(1, 512), Add(1, 1024));
        var sort = (Add(2, 4096), Add(2, 8192));
        var shift = (Add(3, 4096), Add(3, 8192));
        var find = (Add(4, 2048), Add(4, 4096));
        var results = await ProbeAsync(_probe, [.. inputs], opsEnv: true);

        double Ratio((int Small, int Large) p) => Ops(results[p.Large]) / Ops(results[p.Small]);
        Assert.Multiple(() =>
        {
            Assert.That(Ratio(loop), Is.EqualTo(2.0).Within(5).Percent, "a loop over n");
            Assert.That(Ratio(nested), Is.EqualTo(4.0).Within(5).Percent, "a nested loop");
            Assert.That(Ratio(sort), Is.EqualTo(2.0 * 13 / 12).Within(5).Percent, "std::sort, instantiated in the program");
            Assert.That(Ratio(shift), Is.EqualTo(4.0).Within(5).Percent, "vector::insert at the front (memmove charged by bytes)");
            Assert.That(Ratio(find), Is.EqualTo(4.0).Within(5).Percent, "string::find from every position (memchr charged by bytes)");
            Assert.That(results.All(r => r.OpsComplete), Is.True, "nothing unseen ran");
        });
    }

    [Test]
    public async Task Counts_AreDeterministic_AndOnlyOfTheFirstInput()
    {
        // The same input in three files, then a file whose first line is the small input and whose
        // second is a big one: the count is the first line's only.
        var same = Input(2, 8192);
        var small = Input(2, 1024);
        var results = await ProbeAsync(_probe, [same, same, same, small, small + "\n" + same], opsEnv: true);
        Assert.Multiple(() =>
        {
            Assert.That(Ops(results[0]), Is.GreaterThan(0));
            Assert.That(Ops(results[1]), Is.EqualTo(Ops(results[0])));
            Assert.That(Ops(results[2]), Is.EqualTo(Ops(results[0])));
            Assert.That(Ops(results[4]), Is.EqualTo(Ops(results[3])));
            Assert.That(Ops(results[3]), Is.LessThan(Ops(results[0]) / 4));
        });
    }

    [Test]
    public async Task UnseenWork_MarksTheCountIncomplete()
    {
        // list::reverse runs in libstdc++.so, O(n), where no hook sees it.
        var results = await ProbeAsync(_probe, [Input(5, 4096), Input(0, 4096)], opsEnv: true);
        Assert.Multiple(() =>
        {
            Assert.That(results[0].Ops, Is.Not.Null, "counted, as a lower bound");
            Assert.That(results[0].OpsComplete, Is.False, "list::reverse is not seen");
            Assert.That(results[1].OpsComplete, Is.True, "the flag is per call: a plain loop after it is complete");
        });
    }

    [Test]
    public async Task NoOps_WithoutHarnessProbeOps_OrInTheJudgedProgram()
    {
        var judged = await _engine.GetRequiredService<Toolchains>().Get(LanguageNames.Cpp).CompileAsync(Solution, CancellationToken.None);
        Assert.That(judged.Ok, Is.True, judged.Output);
        var withoutEnv = await ProbeAsync(_probe, [Input(0, 1024)], opsEnv: false);
        var judgedRun = await ProbeAsync(judged.Program!, [Input(0, 1024)], opsEnv: true);
        Assert.Multiple(() =>
        {
            Assert.That(withoutEnv[0].Ok && judgedRun[0].Ok, Is.True);
            Assert.That(withoutEnv[0].Ops, Is.Null, "probe program, HARNESS_PROBE_OPS absent");
            Assert.That(judgedRun[0].Ops, Is.Null, "the judged program never counts");
        });
    }

    private static string Input(int mode, int n)
    {
        // Fixed seed: the same (mode, n) is the same input in every run.
        var random = new Random(n * 31 + mode);
        var values = new JsonArray([.. Enumerable.Range(0, n).Select(_ => (JsonNode)random.Next(0, 1_000_000_000))]);
        return new JsonArray(mode, values, new string('a', mode == 4 ? n : 1)).ToJsonString();
    }

    private async Task<IReadOnlyList<TestRecord>> ProbeAsync(SandboxProgram program, string[] files, bool opsEnv)
    {
        var probing = program with
        {
            Environment = [.. program.Environment, "HARNESS_PROBE_MS=5", .. opsEnv ? new[] { "HARNESS_PROBE_OPS=1" } : []],
        };
        var run = await _engine.GetRequiredService<HarnessRunner>().RunFilesAsync(
            probing, [.. files.Select(f => Encoding.UTF8.GetBytes(f + "\n"))], 256, _ => TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.That(run.Results, Has.Count.EqualTo(files.Length), () => $"{run.CompileError} {run.Outcome}");
        Assert.That(run.Results.All(r => r.Ok), Is.True, () => string.Join("; ", run.Results.Select(r => r.Error)));
        foreach (var (r, i) in run.Results.Select((r, i) => (r, i)))
        {
            TestContext.Out.WriteLine($"file {i}: ops={r.Ops} complete={r.OpsComplete} cpuMs={r.CpuMs:F4}");
        }

        return run.Results;
    }

    private static double Ops(TestRecord record) => record.Ops ?? throw new AssertionException("the sample carries no ops");
}
