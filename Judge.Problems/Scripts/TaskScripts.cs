using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Judge.Problems.Scripts;

/// <summary>Compiles a task's C# scripts (generators, checkers) with the same references and usings.</summary>
internal static class TaskScripts
{
    public static ScriptRunner<TResult> Compile<TResult, TGlobals>(string code, string path, string what)
    {
        var options = ScriptOptions.Default
            .WithFilePath(path)
            .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(System.Text.Json.Nodes.JsonNode).Assembly)
            .WithImports("System", "System.Linq", "System.Collections.Generic", "System.Text.Json.Nodes");
        var script = CSharpScript.Create<TResult>(code, options, typeof(TGlobals));
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 0
            ? script.CreateDelegate()
            : throw new ScriptCompileException($"{what} {Path.GetFileName(path)} does not compile: {string.Join("; ", errors.Take(5))}");
    }
}

/// <summary>A task script (generator or checker) with compile errors; the message names file, line and error.</summary>
public sealed class ScriptCompileException : Exception
{
    public ScriptCompileException(string message)
        : base(message)
    {
    }

    public ScriptCompileException()
    {
    }

    public ScriptCompileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
