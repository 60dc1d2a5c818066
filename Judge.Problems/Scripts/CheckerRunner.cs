using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Judge.Problems.Model;
using Microsoft.CodeAnalysis.Scripting;

namespace Judge.Problems.Scripts;

/// <summary>What a checker script sees: the test's arguments, the reference's answer and the program's.</summary>
public sealed class CheckerGlobals(JsonArray args, JsonNode expected, JsonNode? actual)
{
    public JsonArray Args { get; } = args;

    public JsonNode Expected { get; } = expected;

    /// <summary>Null when the program returned JSON null.</summary>
    public JsonNode? Actual { get; } = actual;
}

/// <summary>
/// Runs a task's checker (C# script returning bool) on the worker, outside any sandbox, for tasks
/// with several right answers or tolerances of their own. Compiled once per content.
/// </summary>
public static class CheckerRunner
{
    private static readonly ConcurrentDictionary<string, Lazy<ScriptRunner<bool>>> Compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles the spec's checker (or fails with its compile errors); a no-op without one.</summary>
    public static void EnsureCompiles(ProblemSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _ = Runner(spec);
    }

    public static async Task<bool> AcceptsAsync(ProblemSpec spec, JsonArray args, JsonNode expected, JsonNode? actual, CancellationToken cancellationToken)
    {
        var runner = Runner(spec) ?? throw new InvalidOperationException($"{spec.Id} has no checker");
        // Fresh copies parsed from text: a checker cannot change what later tests see, and numbers read
        // the same whether they came from YAML, a generator or a program (GetValue<long> works on all).
        return await runner(new CheckerGlobals(Reparse(args)!.AsArray(), Reparse(expected)!, Reparse(actual)), cancellationToken);
    }

    private static JsonNode? Reparse(JsonNode? node) => node is null ? null : JsonNode.Parse(node.ToJsonString());

    private static ScriptRunner<bool>? Runner(ProblemSpec spec)
    {
        if (spec.Checker is null)
        {
            return null;
        }

        var path = Path.Combine(spec.Directory, spec.Checker);
        var code = File.ReadAllText(path);
        return Compiled.GetOrAdd(code, c => new Lazy<ScriptRunner<bool>>(() => TaskScripts.Compile<bool, CheckerGlobals>(c, path, "checker"))).Value;
    }
}
