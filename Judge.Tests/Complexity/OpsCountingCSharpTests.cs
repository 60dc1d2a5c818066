using System.Text;
using System.Text.Json.Nodes;
using Judge.Worker;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// Operation counts of C# probe runs (CSharpOpsInstrumenter + the harness's HARNESS_PROBE_OPS), in the
/// real sandbox: counts track the work (×2 per doubling for a loop, ×4 for a nested loop, ×2(k+1)/k
/// for a library sort at n = 2^k), repeat exactly, say when they are incomplete, and appear only when asked.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class OpsCountingCSharpTests
{
    private const string Loop = "class Solution { public long solution(int[] a) { long s = 0; for (var i = 0; i < a.Length; i++) s += a[i]; return s; } }";

    private const string Nested = """
        class Solution
        {
            public long solution(int[] a)
            {
                long s = 0;
                foreach (var x in a)
                    for (var j = 0; j < a.Length; j++) s += x ^ a[j];
                return s;
            }
        }
        """;

    private const string LibrarySort = "class Solution { public int solution(int[] a) { System.Array.Sort(a); return a[0]; } }";

    // Array.AsReadOnly is outside the cost model: the count cannot claim to be complete.
    private const string Unmodelled = "class Solution { public int solution(int[] a) => System.Array.AsReadOnly(a).Count; }";

    private static readonly CSharpToolchain Toolchain = new();
    private ServiceProvider _engine = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WorkerHost.BuildEngine();
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    [Test]
    public async Task Ops_DoubleWithN_ForALoop()
    {
        var records = await ProbeAsync(Loop, [1000, 2000, 4000]);
        Assert.Multiple(() =>
        {
            Assert.That(Ratio(records, 0, 1), Is.EqualTo(2).Within(5).Percent);
            Assert.That(Ratio(records, 1, 2), Is.EqualTo(2).Within(5).Percent);
            Assert.That(records.All(r => r.OpsComplete), Is.True, "nothing outside the candidate's code ran");
        });
    }

    [Test]
    public async Task Ops_QuadrupleWithN_ForANestedLoop()
    {
        var records = await ProbeAsync(Nested, [200, 400, 800]);
        Assert.Multiple(() =>
        {
            Assert.That(Ratio(records, 0, 1), Is.EqualTo(4).Within(5).Percent);
            Assert.That(Ratio(records, 1, 2), Is.EqualTo(4).Within(5).Percent);
        });
    }

    [Test]
    public async Task Ops_GrowAsNLogN_ForALibrarySort()
    {
        var records = await ProbeAsync(LibrarySort, [1 << 10, 1 << 11, 1 << 12]);
        Assert.Multiple(() =>
        {
            Assert.That(Ratio(records, 0, 1), Is.EqualTo(2.0 * 11 / 10).Within(5).Percent);
            Assert.That(Ratio(records, 1, 2), Is.EqualTo(2.0 * 12 / 11).Within(5).Percent);
            Assert.That(records.All(r => r.OpsComplete), Is.True, "Array.Sort is in the cost model");
        });
    }

    [Test]
    public async Task Ops_AreTheSame_WhenTheSameInputRunsTwice()
    {
        var first = await ProbeAsync(Nested, [300]);
        var second = await ProbeAsync(Nested, [300]);
        Assert.That(second[0].Ops, Is.EqualTo(first[0].Ops).And.Not.Null);
    }

    [Test]
    public async Task OpsComplete_IsFalse_WhenAnUnmodelledLibraryMethodRuns()
    {
        var records = await ProbeAsync(Unmodelled, [100]);
        Assert.Multiple(() =>
        {
            Assert.That(records[0].Ops, Is.Not.Null);
            Assert.That(records[0].OpsComplete, Is.False);
        });
    }

    [Test]
    public async Task Ops_AreAbsent_WithoutHarnessProbeOps()
    {
        var records = await ProbeAsync(Loop, [1000], countOps: false);
        Assert.That(records[0].Ops, Is.Null);
    }

    [Test]
    public async Task Ops_AreAbsent_FromTheJudgedProgram()
    {
        var judged = (await Toolchain.CompileAsync(Loop, CancellationToken.None)).Program!;
        var records = await RunAsync(judged, [1000], countOps: true);
        Assert.That(records[0].Ops, Is.Null, "only CompileForProbeAsync compiles the counters in");
    }

    [Test]
    public async Task ProbeProgram_ReportsTheCandidatesLine_WhenItThrows()
    {
        const string Throws = "class Solution\n{\n    public int solution(int[] a)\n    {\n        foreach (var x in a) if (x > 5) throw new System.InvalidOperationException(\"big\");\n        return a.Length;\n    }\n}";
        var records = await ProbeAsync(Throws, [10]);
        Assert.That(records[0].Error, Does.Contain("line 5"));
    }

    [Test]
    public void Rewrite_CountsLoopsAndCalls_AndKeepsEveryLine()
    {
        var rewrite = CSharpToolchain.Instrument(Nested, CancellationToken.None)!;
        var text = rewrite.Tree.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text.Split('\n'), Has.Length.EqualTo(Nested.Split('\n').Length));
            // Method entry, foreach body, for body.
            Assert.That(CountOf(text, "global::JudgeOps.Count++"), Is.EqualTo(3), text);
            Assert.That(rewrite.Complete, Is.True);
        });
    }

    [Test]
    public void Rewrite_ChargesLibraryCallsWithTheirSizes()
    {
        const string Code = """
            class Solution
            {
                public int solution(int[] a)
                {
                    var list = new List<int>(a);
                    list.Sort();
                    var set = new SortedSet<int>();
                    set.Add(list[0]);
                    return list.IndexOf(3) + a.Where(x => x > 0).Count() + set.Min;
                }
            }
            """;
        var rewrite = CSharpToolchain.Instrument(Code, CancellationToken.None)!;
        var text = rewrite.Tree.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("new List<int>(global::JudgeOps.Lin(a, static __c => __c.Length))"));
            Assert.That(text, Does.Contain("global::JudgeOps.Sort(list, static __c => __c.Count).Sort()"));
            Assert.That(text, Does.Contain("global::JudgeOps.Lg(set, static __c => __c.Count).Add("));
            Assert.That(text, Does.Contain("global::JudgeOps.Lin(list, static __c => __c.Count).IndexOf(3)"));
            Assert.That(text, Does.Contain("global::JudgeOps.SeqLazy(global::JudgeOps.Seq(a).Where("));
            Assert.That(text, Does.Contain("global::JudgeOps.Lg(set, static __c => __c.Count).Min"));
            Assert.That(rewrite.Complete, Is.True, string.Join(", ", rewrite.Unknown));
        });
    }

    [Test]
    public void Rewrite_ChargesValueSearches_OnListsStacksAndQueues()
    {
        // These types share O(1) members with hash sets (Add, Remove, Contains by name), but searching
        // them by value walks them: the bank's linear-recency-list (LinkedList.Remove(key)) counted as O(n).
        const string Code = """
            class Solution
            {
                public int solution(int[] a)
                {
                    var order = new LinkedList<int>();
                    order.AddLast(1);
                    order.Remove(1);
                    var stack = new Stack<int>();
                    stack.Push(2);
                    var queue = new Queue<int>();
                    return (stack.Contains(2) ? 1 : 0) + (queue.Contains(3) ? 1 : 0);
                }
            }
            """;
        var text = CSharpToolchain.Instrument(Code, CancellationToken.None)!.Tree.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("global::JudgeOps.Lin(order, static __c => __c.Count).Remove(1)"));
            Assert.That(text, Does.Contain("global::JudgeOps.Lin(stack, static __c => __c.Count).Contains(2)"));
            Assert.That(text, Does.Contain("global::JudgeOps.Lin(queue, static __c => __c.Count).Contains(3)"));
            Assert.That(text, Does.Contain("order.AddLast(1)"), "AddLast stays O(1)");
        });
    }

    [Test]
    public void Rewrite_NamesUnmodelledLibraryCalls()
    {
        var rewrite = CSharpToolchain.Instrument(Unmodelled, CancellationToken.None)!;
        Assert.Multiple(() =>
        {
            Assert.That(rewrite.Complete, Is.False);
            Assert.That(rewrite.Unknown, Is.EquivalentTo(new[] { "Array.AsReadOnly" }));
        });
    }

    /// <summary>Every C# solution in the corpus and the bank keeps its counters through the probe compile.</summary>
    [Test]
    public async Task ProbeCompile_KeepsTheCounters_ForEveryCSharpSolutionWeHave()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", ".."));
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Complexity", "corpus"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "Judge.Problems", "bank"), "*.cs", SearchOption.AllDirectories).Where(f => f.Contains("/solutions/", StringComparison.Ordinal)))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(20));
        var missing = new List<string>();
        foreach (var file in files)
        {
            var compiled = await Toolchain.CompileForProbeAsync(await File.ReadAllTextAsync(file), CancellationToken.None);
            if (!compiled.Ok || !Encoding.UTF8.GetString(compiled.Program!.Files["app.dll"]).Contains("JudgeOps", StringComparison.Ordinal))
            {
                missing.Add(file);
            }
        }

        Assert.That(missing, Is.Empty);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static double Ratio(IReadOnlyList<TestRecord> records, int small, int large) => records[large].Ops!.Value / records[small].Ops!.Value;

    private async Task<IReadOnlyList<TestRecord>> ProbeAsync(string code, int[] sizes, bool countOps = true)
    {
        var compiled = await Toolchain.CompileForProbeAsync(code, CancellationToken.None);
        Assert.That(compiled.Ok, Is.True, compiled.Output);
        return await RunAsync(compiled.Program!, sizes, countOps);
    }

    private async Task<IReadOnlyList<TestRecord>> RunAsync(SandboxProgram program, int[] sizes, bool countOps)
    {
        // One probe file per size: an argument list per line (a descending sequence: the sort does real work).
        var inputs = sizes.Select(n => Encoding.UTF8.GetBytes(new JsonArray(new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode)((n - i) * 7 % 1000))])).ToJsonString() + "\n")).ToList();
        string[] environment = countOps ? ["HARNESS_PROBE_MS=5", "HARNESS_PROBE_OPS=1"] : ["HARNESS_PROBE_MS=5"];
        var run = await _engine.GetRequiredService<HarnessRunner>().RunFilesAsync(
            program with { Environment = [.. program.Environment, .. environment] }, inputs, 256, _ => TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.That(run.Results, Has.Count.EqualTo(sizes.Length), run.CompileError ?? run.Outcome.ToString());
        return run.Results;
    }
}
