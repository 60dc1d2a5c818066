using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Problems.Scripts;

namespace Judge.Tests.Problems;

[TestFixture]
public sealed class ProblemSpecLoaderTests
{
    private const string ValidSpec = """
        id: demo
        title: Demo
        difficulty: medium
        statement: statement.md
        signature:
          returns: long
          params:
            - { name: a, type: "int[]" }
        limits: { memory_mb: 256, time_factor: 5, time_floor_ms: 1000 }
        complexity: { expected: "O(n)", size: "a.length", generator: gen.csx }
        examples:
          - { args: [[1, 2]], expected: 3 }
        groups:
          - name: basic
            kind: correctness
            cases:
              - { args: [[5]], expected: 5 }
        solutions:
          - { file: ref.cs, expect: OK }
        """;

    private string _root = string.Empty;

    [SetUp]
    public void CreateFolder()
    {
        _root = Path.Combine(Path.GetTempPath(), "judge-spec-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_root, "demo"));
        File.WriteAllText(Path.Combine(_root, "demo", "statement.md"), "# Demo");
        File.WriteAllText(Path.Combine(_root, "demo", "ref.cs"), "class Solution { public long solution(int[] a) => a.Sum(); }");
        File.WriteAllText(Path.Combine(_root, "demo", "gen.csx"), "return new object[] { new int[N] };");
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Load_ReadsSignatureExamplesAndGroups_WhenSpecIsValid()
    {
        var spec = Load(ValidSpec);
        Assert.Multiple(() =>
        {
            Assert.That(spec.Signature.Returns.ToString(), Is.EqualTo("long"));
            Assert.That(spec.Signature.Params.Single().Type.ToString(), Is.EqualTo("int[]"));
            Assert.That(spec.Examples.Single().Args.ToJsonString(), Is.EqualTo("[[1,2]]"));
            Assert.That(spec.Groups.Single().Kind, Is.EqualTo(GroupKind.Correctness));
            Assert.That(spec.SpecHash, Has.Length.EqualTo(64));
        });
    }

    [Test]
    public void Load_GivesANewHash_WhenAnyFileOfTheTaskChanges()
    {
        var before = Load(ValidSpec).SpecHash;
        File.AppendAllText(Path.Combine(_root, "demo", "statement.md"), "\nmore");
        Assert.That(Load(ValidSpec).SpecHash, Is.Not.EqualTo(before));
    }

    [Test]
    public void Load_ReadsExtraSweeps_WhenComplexityDeclaresThem()
    {
        File.WriteAllText(Path.Combine(_root, "demo", "gen-fixed.csx"), "return new object[] { new int[N] };");
        var spec = Load(ValidSpec.Replace("generator: gen.csx }", "generator: gen.csx, sweeps: [{ size: \"a.length\", expected: \"O(n log n)\", generator: gen-fixed.csx }] }", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(spec.Complexity.Sweeps, Is.EqualTo(new[] { new ComplexitySweep("a.length", "O(n log n)", "gen-fixed.csx") }));
            Assert.That(Load(ValidSpec).Complexity.Sweeps, Is.Empty, "sweeps are optional");
        });
    }

    // One case per kind of error: the exact message, so a vague rewording fails here first.
    [TestCase("title: Demo", "title: Demo\ncolour: red", 3, 1, "unknown key 'colour' in the spec; allowed: id, title, difficulty, statement, signature, limits, complexity, checker, examples, groups, solutions")]
    [TestCase("id: demo", "id: other", 1, 5, "id 'other' must equal its folder name 'demo'")]
    [TestCase("difficulty: medium", "difficulty: extreme", 3, 13, "difficulty 'extreme' is not one of easy, medium, hard")]
    [TestCase("statement: statement.md", "statement: nope.md", 4, 12, "statement 'nope.md' does not exist")]
    [TestCase("returns: long", "returns: float", 6, 12, "type 'float' is not supported; allowed: int, long, double, bool, string and arrays of them (int[], string[][], ...)")]
    [TestCase("    - { name: a, type: \"int[]\" }", "    - { name: a, type: \"int[]\" }\n    - { name: a, type: int }", 9, 7, "parameter 'a' is declared twice")]
    [TestCase("time_factor: 5", "time_factor: 0", 9, 40, "limits.time_factor must be a whole number from 1 to 100")]
    [TestCase("expected: \"O(n)\"", "expected: \"O(n!)\"", 10, 25, "complexity.expected 'O(n!)' is not one of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^2 log n), O(n^3), O(2^n)")]
    [TestCase("size: \"a.length\"", "size: \"b.length\"", 10, 39, "complexity.size 'b.length' must name an int parameter or '<array or string parameter>.length'; parameters: int[] a")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweep: [] }", 10, 71, "unknown key 'sweep' in complexity; allowed: expected, size, generator, family, sweeps")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweeps: gen.csx }", 10, 79, "complexity.sweeps must be a list")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, family: 0 }", 10, 79, "complexity.family must be a whole number from 1 to 1000000")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweeps: [{ size: \"a.length\", expected: \"O(n)\", generator: gen.csx, seeds: [1] }] }", 10, 138, "unknown key 'seeds' in complexity.sweeps[0]; allowed: size, expected, generator")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweeps: [{ size: \"a.length\", expected: \"O(n)\" }] }", 10, 80, "complexity.sweeps[0] is missing required key 'generator'")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweeps: [{ size: \"b\", expected: \"O(n)\", generator: gen.csx }] }", 10, 88, "complexity.sweeps[0].size 'b' must name an int parameter or '<array or string parameter>.length'; parameters: int[] a")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweeps: [{ size: \"a.length\", expected: \"O(n!)\", generator: gen.csx }] }", 10, 110, "complexity.sweeps[0].expected 'O(n!)' is not one of O(1), O(log n), O(n), O(n log n), O(n^2), O(n^2 log n), O(n^3), O(2^n)")]
    [TestCase("generator: gen.csx }", "generator: gen.csx, sweeps: [{ size: \"a.length\", expected: \"O(n)\", generator: nope.csx }] }", 10, 129, "complexity.sweeps[0].generator 'nope.csx' does not exist")]
    [TestCase("args: [[1, 2]], expected: 3", "args: [[1, 2], 7], expected: 3", 12, 13, "examples[0].args has 2 values but the signature takes 1 (int[] a)")]
    [TestCase("args: [[1, 2]], expected: 3", "args: [[1, 2]], expected: x", 12, 33, "examples[0].expected must be a long (-9223372036854775808 to 9223372036854775807), got 'x'")]
    [TestCase("args: [[5]], expected: 5", "args: [[5000000000]], expected: 5", 17, 19, "group 'basic' cases[0].args[0] (a)[0] must be an int (-2147483648 to 2147483647), got '5000000000'")]
    [TestCase("kind: correctness", "kind: speed", 15, 11, "kind 'speed' is not one of correctness, performance")]
    [TestCase("  - name: basic", "  - name: basic\n    kind: correctness\n    cases: []\n  - name: basic", 17, 5, "group name 'basic' is used twice; group names must be unique")]
    [TestCase("    cases:\n      - { args: [[5]], expected: 5 }", "    generate: { script: gen.csx, n: 10, seeds: [1] }\n    cases:\n      - { args: [[5]], expected: 5 }", 14, 5, "group 'basic' needs exactly one of 'cases' or 'generate'")]
    [TestCase("file: ref.cs", "file: missing.cs", 19, 13, "solution file 'missing.cs' does not exist")]
    [TestCase("file: ref.cs", "file: ../ref.cs", 19, 13, "solution file '../ref.cs' must stay inside the task folder")]
    [TestCase("expect: OK", "expect: PASS", 19, 29, "expect 'PASS' is not one of OK, WRONG_ANSWER, TIMEOUT, RUNTIME_ERROR, MEMORY_LIMIT, OUTPUT_LIMIT, COMPILE_ERROR")]
    [TestCase("- { file: ref.cs, expect: OK }", "- { file: ref.cs, expect: WRONG_ANSWER }", 19, 3, "solutions must include a C# reference (a .cs file with expect: OK); generated tests take their expected outputs from it")]
    [TestCase("- { file: ref.cs, expect: OK }", "- { file: ref.cs, expect: OK }\n  - { file: ref.cs, expect: OK }", 20, 13, "solution 'ref.cs' is declared twice")]
    [TestCase("- { file: ref.cs, expect: OK }", "- { file: ref.cs, expect: OK }\n  - { file: statement.md, expect: OK }", 20, 13, "solution 'statement.md' has no known language; file extensions: .cs, .py, .java, .cpp, .js")]
    [TestCase("groups:", "checker: nope.csx\ngroups:", 13, 10, "checker 'nope.csx' does not exist")]
    [TestCase("examples:\n  - { args: [[1, 2]], expected: 3 }", "examples: []", 11, 11, "examples must list 1 to 5 cases; candidates see them, so they explain the task")]
    [TestCase("kind: correctness", "kind: performance", 14, 3, "groups must include at least one correctness group")]
    public void Load_NamesFileLineColumnAndProblem_WhenSpecIsWrong(string from, string to, int line, int column, string message)
    {
        Assert.That(ValidSpec.Contains(from, StringComparison.Ordinal), Is.True, "the case must change the spec");
        var e = Assert.Throws<SpecException>(() => Load(ValidSpec.Replace(from, to.Replace("\\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal)))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.Problem, Is.EqualTo(message));
            Assert.That((e.Line, e.Column), Is.EqualTo((line, column)));
            Assert.That(e.Message, Is.EqualTo($"{Path.Combine("demo", "problem.yaml")}:{line}:{column}: {message}"));
        });
    }

    [Test]
    public async Task Generator_ThatThrows_IsReportedWithScriptAndSeed()
    {
        File.WriteAllText(Path.Combine(_root, "demo", "gen.csx"), "if (Seed == 7) throw new InvalidOperationException(\"bad seed\");\nreturn new object[] { new int[N] };");
        var spec = Load(ValidSpec.Replace("groups:", "groups:\n  - name: big\n    kind: performance\n    generate: { script: gen.csx, n: 5, seeds: [1, 7] }", StringComparison.Ordinal));
        var e = Assert.ThrowsAsync<InvalidOperationException>(() => GeneratorRunner.GenerateAsync(spec, spec.Groups[0], CancellationToken.None))!;
        Assert.That(e.Message, Is.EqualTo("generator gen.csx threw for seed 7: InvalidOperationException: bad seed"));
    }

    [Test]
    public void Generator_ThatReturnsTheWrongShape_IsReported()
    {
        File.WriteAllText(Path.Combine(_root, "demo", "gen.csx"), "return new object[] { \"text\" };");
        var spec = Load(ValidSpec.Replace("groups:", "groups:\n  - name: big\n    kind: performance\n    generate: { script: gen.csx, n: 5, seeds: [3] }", StringComparison.Ordinal));
        var e = Assert.ThrowsAsync<InvalidOperationException>(() => GeneratorRunner.GenerateAsync(spec, spec.Groups[0], CancellationToken.None))!;
        Assert.That(e.Message, Is.EqualTo("generator gen.csx (seed 3): argument 0 (a) is not a int[]"));
    }

    [Test]
    public void Checker_ThatDoesNotCompile_IsReportedWithFileAndLine()
    {
        File.WriteAllText(Path.Combine(_root, "demo", "check.csx"), "return Actual == ;");
        var spec = Load(ValidSpec.Replace("groups:", "checker: check.csx\ngroups:", StringComparison.Ordinal));
        var e = Assert.Throws<ScriptCompileException>(() => CheckerRunner.EnsureCompiles(spec))!;
        Assert.That(e.Message, Does.StartWith("checker check.csx does not compile: ").And.Contain("check.csx(1,18): error CS1525"));
    }

    [Test]
    public async Task Checker_DecidesWithArgsExpectedAndActual()
    {
        File.WriteAllText(Path.Combine(_root, "demo", "check.csx"), "return Actual is not null && Math.Abs((long)Actual - (long)Expected) <= Args[0]!.AsArray().Count;");
        var spec = Load(ValidSpec.Replace("groups:", "checker: check.csx\ngroups:", StringComparison.Ordinal));
        var args = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonArray(1, 2));
        var close = await CheckerRunner.AcceptsAsync(spec, args, 10, 12, CancellationToken.None);
        var far = await CheckerRunner.AcceptsAsync(spec, args, 10, 13, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(close, Is.True);
            Assert.That(far, Is.False);
        });
    }

    [TestCase("title: Demo", "title: [Demo", "not valid YAML")]
    [TestCase("title: Demo", "title: Demo\n  - stray: 1", "not valid YAML")]
    public void Load_ReportsYamlSyntaxErrors_AsSpecErrors(string from, string to, string message)
    {
        var e = Assert.Throws<SpecException>(() => Load(ValidSpec.Replace(from, to.Replace("\\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal)))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.Problem, Does.StartWith(message));
            Assert.That(e.Line, Is.GreaterThan(0));
        });
    }

    [Test]
    public async Task Bank_MaxSubarrayGenerator_IsDeterministicPerSeed()
    {
        var spec = ProblemBank.Load(ProblemBank.DefaultDirectory).Find("max-subarray")!;
        var group = spec.Groups.First(g => g.Generated is not null);
        var first = await GeneratorRunner.GenerateAsync(spec, group, CancellationToken.None);
        var second = await GeneratorRunner.GenerateAsync(spec, group, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(first.Select(c => c.Args.ToJsonString()), Is.EqualTo(second.Select(c => c.Args.ToJsonString())));
            Assert.That(first[0].Args.ToJsonString(), Is.Not.EqualTo(first[1].Args.ToJsonString()), "different seeds give different inputs");
            Assert.That(first[0].Args[0]!.AsArray(), Has.Count.EqualTo(group.Generated!.N));
        });
    }

    // range-sum-queries(a, queries): queries grow, a stays at 1000; shortest-path(n, edges, ...): n grows, edges stay at 100.
    [TestCase("range-sum-queries", 1, 0, 1000)]
    [TestCase("shortest-path", 0, 1, 100)]
    public async Task Bank_ExtraSweepGenerator_GrowsItsParameterOnly(string task, int grown, int held, int heldSize)
    {
        var spec = ProblemBank.Load(ProblemBank.DefaultDirectory).Find(task)!;
        var sweep = spec.Complexity.Sweeps.Single();
        async Task<System.Text.Json.Nodes.JsonArray> ArgsAsync(int n) =>
            (await GeneratorRunner.GenerateAsync(spec, new TestGroup("probe", GroupKind.Performance, [], new GeneratorSpec(sweep.Generator, n, [1])), CancellationToken.None))[0].Args;
        static int Size(System.Text.Json.Nodes.JsonNode? node) => node is System.Text.Json.Nodes.JsonArray a ? a.Count : node!.GetValue<int>();
        var small = await ArgsAsync(2000);
        var large = await ArgsAsync(4000);
        Assert.Multiple(() =>
        {
            Assert.That((Size(small[grown]), Size(large[grown])), Is.EqualTo((2000, 4000)), $"{sweep.Size} grows with N");
            Assert.That((Size(small[held]), Size(large[held])), Is.EqualTo((heldSize, heldSize)), "the other size parameter stays fixed");
        });
    }

    private ProblemSpec Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_root, "demo", "problem.yaml"), yaml);
        return ProblemSpecLoader.Load(Path.Combine(_root, "demo"));
    }
}
