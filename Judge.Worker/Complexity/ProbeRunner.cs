using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Judge.Problems.Model;
using Judge.Problems.Scripts;
using Judge.Worker.Judging;
using Judge.Worker.Languages;

namespace Judge.Worker.Complexity;

/// <summary>
/// Measures how a program's CPU time grows with input size (shared/complexity-probes.md): the
/// task's generator makes fresh inputs at geometric sizes, the harness calls solution(...) once per
/// input in one sandbox container and reports thread CPU time per call, and the sweep stops at the
/// first call that spends the budget. The C# reference is measured on the same inputs, so the
/// ratio between the two shows the algorithmic difference rather than cache effects.
/// </summary>
public sealed class ProbeRunner(HarnessRunner runner, CSharpToolchain csharp)
{
    /// <summary>×2 from 64 to 65 536: eleven sizes, a range of 2^10 (the recipe's minimum).</summary>
    public static readonly IReadOnlyList<int> Sizes = [.. Enumerable.Range(6, 11).Select(e => 1 << e)];

    /// <summary>Fresh inputs per size; the minimum per size is kept (noise only ever adds time).</summary>
    public const int Rounds = 3;

    /// <summary>One call over this much CPU (C# milliseconds, times the language's factor) ends the sweep.</summary>
    public const double CallBudgetMs = 250;

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<(int N, JsonArray Args)>>>> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<ProbePoint>>>> _reference = new(StringComparer.Ordinal);

    /// <summary>The program's points, ascending by size; fewer sizes when the budget ran out.</summary>
    public async Task<IReadOnlyList<ProbePoint>> MeasureAsync(ProblemSpec spec, SandboxProgram program, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(program);
        var inputs = await InputsAsync(spec, cancellationToken);
        var budgetMs = CallBudgetMs * LanguageTimeFactors.For(language);
        // The watchdog ends a call that would run far past the budget; its size is simply not measured.
        var wall = LanguageTimeFactors.WallLimit(budgetMs);
        var run = await runner.RunAsync(program, [.. inputs.Select(i => i.Args)], spec.Limits.MemoryMb, _ => wall, cancellationToken);

        var points = new List<ProbePoint>();
        for (var i = 0; i < run.Results.Count; i++)
        {
            var record = run.Results[i];
            if (!record.Ok)
            {
                break;
            }

            points.Add(new ProbePoint(inputs[i].N, record.CpuMs));
            if (record.CpuMs > budgetMs)
            {
                break;
            }
        }

        // A size counts only with all its rounds: a sweep cut mid-size keeps the sizes before it.
        return [.. points.GroupBy(p => p.N).Where(g => g.Count() == Rounds).SelectMany(g => g)];
    }

    /// <summary>The C# reference's points on the same inputs, measured once per spec version.</summary>
    public Task<IReadOnlyList<ProbePoint>> ReferenceAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var lazy = _reference.GetOrAdd(spec.SpecHash, _ => new Lazy<Task<IReadOnlyList<ProbePoint>>>(async () =>
        {
            var code = await File.ReadAllTextAsync(Path.Combine(spec.Directory, spec.Reference.File), CancellationToken.None);
            var compiled = await csharp.CompileAsync(code, CancellationToken.None);
            return compiled.Program is null ? [] : await MeasureAsync(spec, compiled.Program, Core.Judging.LanguageNames.CSharp, CancellationToken.None);
        }));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    /// <summary>Rounds × sizes inputs from the complexity generator (seeds 1, 2, 3: the probe family), smallest first.</summary>
    private Task<IReadOnlyList<(int N, JsonArray Args)>> InputsAsync(ProblemSpec spec, CancellationToken cancellationToken) =>
        _inputs.GetOrAdd(spec.SpecHash, _ => new Lazy<Task<IReadOnlyList<(int N, JsonArray Args)>>>(async () =>
        {
            var inputs = new List<(int N, JsonArray Args)>();
            foreach (var n in Sizes)
            {
                var group = new TestGroup($"probe-{n}", GroupKind.Performance, [], new GeneratorSpec(spec.Complexity.Generator, n, [.. Enumerable.Range(1, Rounds)]));
                foreach (var c in await GeneratorRunner.GenerateAsync(spec, group, CancellationToken.None))
                {
                    inputs.Add((n, c.Args));
                }
            }

            return inputs;
        })).Value.WaitAsync(cancellationToken);
}
