using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Worker.Languages;
using Microsoft.Extensions.Logging.Abstractions;

namespace Judge.Tests.Problems;

/// <summary>The bank's ids and signatures are a contract with tools outside the project (design.md).</summary>
[TestFixture]
public sealed class BankTests
{
    private static readonly (string Id, string Signature)[] Design =
    [
        ("max-subarray", "long solution(int[] a)"),
        ("coin-change", "int solution(int[] coins, int amount)"),
        ("longest-unique-substring", "int solution(string s)"),
        ("count-islands", "int solution(string[] grid)"),
        ("tree-level-sums", "long[] solution(int[] parent, int[] value)"),
        ("top-k-frequent", "int[] solution(int[] a, int k)"),
        ("running-median", "int[] solution(int[] a)"),
        ("word-break", "bool solution(string s, string[] words)"),
        ("course-order", "int[] solution(int n, int[][] prerequisites)"),
        ("shortest-path", "long solution(int n, int[][] edges, int source, int target)"),
        ("lru-cache", "int[] solution(int capacity, int[][] ops)"),
        ("rate-limiter", "bool[] solution(int capacity, int refillPerSecond, long[] timestampsMs)"),
        ("pair-sum-count", "long solution(int[] a, int target)"),
        ("range-sum-queries", "long[] solution(int[] a, int[][] queries)"),
    ];

    private static readonly ProblemBank Bank = ProblemBank.Load(ProblemBank.DefaultDirectory);

    [Test]
    public void Bank_HoldsExactlyTheDesignsTasks() =>
        Assert.That(Bank.All.Select(p => p.Id), Is.EquivalentTo(Design.Select(d => d.Id)));

    [TestCaseSource(nameof(Design))]
    public void Task_HasTheDesignsSignature((string Id, string Signature) task)
    {
        var spec = Bank.Find(task.Id);
        Assert.That(spec, Is.Not.Null, $"{task.Id} is missing from the bank");
        var rendered = $"{spec!.Signature.Returns} solution({string.Join(", ", spec.Signature.Params.Select(p => $"{p.Type} {p.Name}"))})";
        Assert.That(rendered, Is.EqualTo(task.Signature));
    }

    [TestCaseSource(nameof(Design))]
    public void Task_MeetsTheBanksMinimums((string Id, string Signature) task)
    {
        var spec = Bank.Find(task.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That(spec.Groups.Count(g => g.Kind == GroupKind.Correctness), Is.GreaterThanOrEqualTo(8), "correctness groups");
            Assert.That(spec.Groups.Count(g => g.Kind == GroupKind.Performance), Is.GreaterThanOrEqualTo(3), "performance groups");
            Assert.That(spec.Examples, Has.Count.InRange(2, 3), "examples");
            Assert.That(spec.Solutions.Any(s => s.File.EndsWith(".cs", StringComparison.Ordinal) && s.Expect == "OK"), "a C# reference");
            Assert.That(spec.Solutions.Any(s => s.File.EndsWith(".py", StringComparison.Ordinal) && s.Expect == "OK"), "a correct Python solution");
            Assert.That(spec.Solutions.Any(s => s.Expect == "WRONG_ANSWER"), "a WRONG_ANSWER solution");
            Assert.That(spec.Solutions.Any(s => s.Expect == "TIMEOUT" && s.Complexity is not null), "a TIMEOUT solution with its complexity");
        });
    }

    [TestCaseSource(nameof(Design))]
    public async Task Skeleton_InCSharp_Compiles((string Id, string Signature) task)
    {
        var spec = Bank.Find(task.Id)!;
        var compiled = await new CSharpToolchain().CompileAsync(SkeletonRenderer.CSharp(spec.Signature), CancellationToken.None);
        Assert.That(compiled.Ok, Is.True, compiled.Output);
    }

    [Test]
    public void Skeletons_RenderTheSignatureInEveryLanguage()
    {
        var signature = Bank.Find("shortest-path")!.Signature;
        var skeletons = SkeletonRenderer.All(signature);
        Assert.Multiple(() =>
        {
            Assert.That(skeletons["csharp"], Does.Contain("public long solution(int n, int[][] edges, int source, int target)"));
            Assert.That(skeletons["python"], Does.StartWith("def solution(n, edges, source, target):"));
            Assert.That(skeletons["java"], Does.Contain("public long solution(int n, int[][] edges, int source, int target)"));
            Assert.That(skeletons["cpp"], Does.Contain("long long solution(int n, vector<vector<int>>& edges, int source, int target)"));
            Assert.That(skeletons["javascript"], Does.StartWith("function solution(n, edges, source, target) {"));
        });
    }
}
