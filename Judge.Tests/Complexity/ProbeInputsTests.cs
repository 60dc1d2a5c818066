using System.Text.Json.Nodes;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Problems.Scripts;
using Judge.Worker.Complexity;

namespace Judge.Tests.Complexity;

/// <summary>
/// What the probe feeds a submission: the bank's probe families make the work follow n rather than the
/// input drawn, and a task's sweeps share one budget.
/// </summary>
[TestFixture]
public sealed class ProbeInputsTests
{
    private static readonly ProblemBank Bank = ProblemBank.Load(ProblemBank.DefaultDirectory);

    [TestCase("max-subarray", 3.0)]
    [TestCase("range-sum-queries", 1.5)]
    [TestCase("shortest-path", 1.5)]
    public void SweepBudget_IsSharedByATasksSweeps(string task, double seconds) =>
        Assert.That(ProbeRunner.SweepBudget(Bank.Find(task)!).TotalSeconds, Is.EqualTo(seconds));

    [Test]
    public async Task CountIslands_ProbesOnOneNarrowSnake_WhateverTheSeed()
    {
        var spec = Bank.Find("count-islands")!;
        var first = (await ProbeInputsAsync(spec, 64))[0][0]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        var second = (await ProbeInputsAsync(spec, 64))[1][0]!.AsArray().Select(r => r!.GetValue<string>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(r => r.Length).Distinct(), Is.EqualTo(new[] { 16 }));
            Assert.That(second, Is.EqualTo(first), "the same work for every seed");
            Assert.That(Islands(first), Is.EqualTo(1));
            Assert.That(first.Sum(r => r.Count(c => c == '#')), Is.GreaterThan(64 * 16 / 2), "a snake through every row");
        });
    }

    [Test]
    public async Task ShortestPath_ProbesWithAnUnreachableTarget()
    {
        var spec = Bank.Find("shortest-path")!;
        foreach (var args in await ProbeInputsAsync(spec, 256))
        {
            var n = args[0]!.GetValue<int>();
            var edges = args[1]!.AsArray().Select(e => (e![0]!.GetValue<int>(), e[1]!.GetValue<int>())).ToList();
            var reached = Reachable(n, edges, args[2]!.GetValue<int>());
            Assert.Multiple(() =>
            {
                Assert.That(reached, Does.Not.Contain(args[3]!.GetValue<int>()), "the target cannot be reached");
                Assert.That(reached, Has.Count.GreaterThanOrEqualTo(n * 9 / 10), "so the whole component is explored");
            });
        }
    }

    [Test]
    public async Task CoinChange_ProbesWithNoAnswer()
    {
        var spec = Bank.Find("coin-change")!;
        foreach (var args in await ProbeInputsAsync(spec, 1000))
        {
            Assert.That(args[1]!.GetValue<int>() % 2, Is.EqualTo(1), "an odd amount");
            Assert.That(args[0]!.AsArray().Select(c => c!.GetValue<int>() % 2), Has.All.Zero, "even coins only");
        }
    }

    /// <summary>The first two inputs the probe would draw at size n (seeds family, family + 1).</summary>
    private static async Task<List<JsonArray>> ProbeInputsAsync(ProblemSpec spec, int n)
    {
        var family = spec.Complexity.Family;
        var group = new TestGroup("probe", GroupKind.Performance, [], new GeneratorSpec(spec.Complexity.Generator, n, [family, family + 1]));
        return [.. (await GeneratorRunner.GenerateAsync(spec, group, CancellationToken.None)).Select(c => c.Args)];
    }

    private static int Islands(List<string> grid)
    {
        var seen = new HashSet<(int, int)>();
        var islands = 0;
        for (var r = 0; r < grid.Count; r++)
        {
            for (var c = 0; c < grid[r].Length; c++)
            {
                if (grid[r][c] != '#' || !seen.Add((r, c)))
                    continue;
                islands++;
                var stack = new Stack<(int R, int C)>([(r, c)]);
                while (stack.TryPop(out var at))
                {
                    foreach (var (dr, dc) in new[] { (1, 0), (-1, 0), (0, 1), (0, -1) })
                    {
                        var (nr, nc) = (at.R + dr, at.C + dc);
                        if (nr >= 0 && nr < grid.Count && nc >= 0 && nc < grid[nr].Length && grid[nr][nc] == '#' && seen.Add((nr, nc)))
                            stack.Push((nr, nc));
                    }
                }
            }
        }

        return islands;
    }

    private static HashSet<int> Reachable(int n, List<(int U, int V)> edges, int source)
    {
        var adjacent = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (u, v) in edges)
        {
            adjacent[u].Add(v);
            adjacent[v].Add(u);
        }

        var reached = new HashSet<int> { source };
        var queue = new Queue<int>([source]);
        while (queue.TryDequeue(out var u))
        {
            foreach (var v in adjacent[u].Where(reached.Add))
                queue.Enqueue(v);
        }

        return reached;
    }
}
