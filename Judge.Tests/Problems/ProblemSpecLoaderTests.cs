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

    [TestCase("difficulty: medium", "difficulty: extreme", 3, "difficulty 'extreme' is not one of easy, medium, hard")]
    [TestCase("returns: long", "returns: float", 6, "type 'float' is not supported")]
    [TestCase("args: [[1, 2]], expected: 3", "args: [[1, 2], 7], expected: 3", 11, "examples[0].args has 2 values but the signature takes 1 (int[] a)")]
    [TestCase("args: [[1, 2]], expected: 3", "args: [[1, 2]], expected: x", 11, "examples[0].expected must be a long")]
    [TestCase("args: [[5]], expected: 5", "args: [[5000000000]], expected: 5", 16, "must be an int (-2147483648 to 2147483647), got '5000000000'")]
    [TestCase("title: Demo", "title: Demo\ncolour: red", 3, "unknown key 'colour' in the spec")]
    [TestCase("file: ref.cs", "file: missing.cs", 18, "solution file 'missing.cs' does not exist")]
    [TestCase("expect: OK", "expect: PASS", 18, "expect 'PASS' is not one of OK")]
    [TestCase("kind: correctness", "kind: speed", 14, "kind 'speed' is not one of correctness, performance")]
    public void Load_NamesFileLineAndProblem_WhenSpecIsWrong(string from, string to, int line, string message)
    {
        var e = Assert.Throws<SpecException>(() => Load(ValidSpec.Replace(from, to, StringComparison.Ordinal)))!;
        Assert.Multiple(() =>
        {
            Assert.That(e.File, Is.EqualTo(Path.Combine("demo", "problem.yaml")));
            Assert.That(e.Line, Is.EqualTo(line));
            Assert.That(e.Problem, Does.Contain(message));
            Assert.That(e.Message, Does.StartWith($"{Path.Combine("demo", "problem.yaml")}:{line}:"));
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

    private ProblemSpec Load(string yaml)
    {
        File.WriteAllText(Path.Combine(_root, "demo", "problem.yaml"), yaml);
        return ProblemSpecLoader.Load(Path.Combine(_root, "demo"));
    }
}
