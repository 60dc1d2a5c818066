using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Problems.Model;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Judge.Problems.Scripts;

/// <summary>
/// Runs a task's generator scripts (C#, Roslyn scripting) on the worker, never in a sandbox.
/// A script returns the argument list (object[]) for one case; compiled scripts are cached by content.
/// </summary>
public static class GeneratorRunner
{
    private static readonly ConcurrentDictionary<string, Lazy<ScriptRunner<object[]>>> Compiled = new(StringComparer.Ordinal);

    /// <summary>Makes the cases of a generated group, one per seed, with the expected output left empty.</summary>
    public static async Task<IReadOnlyList<TestCase>> GenerateAsync(ProblemSpec spec, TestGroup group, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(group);
        if (group.Generated is not { } gen)
        {
            return group.Cases;
        }

        var path = Path.Combine(spec.Directory, gen.Script);
        var code = await File.ReadAllTextAsync(path, cancellationToken);
        var runner = Compiled.GetOrAdd(code, c => new Lazy<ScriptRunner<object[]>>(() => Compile(c, path))).Value;
        var cases = new List<TestCase>();
        foreach (var seed in gen.Seeds)
        {
            object[] args;
            try
            {
                args = await runner(new GeneratorGlobals(gen.N, seed), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new InvalidOperationException($"generator {gen.Script} threw for seed {seed}: {e.GetType().Name}: {e.Message}", e);
            }

            var json = JsonSerializer.SerializeToNode(args) as JsonArray
                ?? throw new InvalidOperationException($"generator {gen.Script} (seed {seed}): returned no argument list");
            CheckAgainstSignature(spec.Signature, json, gen.Script, seed);
            cases.Add(new TestCase($"{group.Name}-seed{seed}", json, null));
        }

        return cases;
    }

    private static ScriptRunner<object[]> Compile(string code, string path) =>
        TaskScripts.Compile<object[], GeneratorGlobals>(code, path, "generator");

    private static void CheckAgainstSignature(Signature signature, JsonArray args, string path, int seed)
    {
        if (args.Count != signature.Params.Count)
        {
            throw new InvalidOperationException($"generator {path} (seed {seed}): returned {args.Count} arguments, the signature takes {signature.Params.Count}");
        }

        for (var i = 0; i < args.Count; i++)
        {
            if (!signature.Params[i].Type.Accepts(args[i]))
            {
                throw new InvalidOperationException($"generator {path} (seed {seed}): argument {i} ({signature.Params[i].Name}) is not a {signature.Params[i].Type}");
            }
        }
    }
}
