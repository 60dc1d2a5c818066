using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Core.Judging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace Judge.Worker.Languages;

/// <summary>
/// C#: a warm Roslyn compiler in the worker (a cold csc costs ~1.1 s per compile, a warm one
/// ~10 ms) builds the candidate's Solution.cs together with the harness into one assembly,
/// which the sandbox runs on the host's .NET runtime mounted read-only. Roslyn never executes
/// the code it compiles; a compile bomb is bounded by the compile timeout.
/// </summary>
public sealed class CSharpToolchain : IToolchain
{
    public const string SourceFileName = "Solution.cs";
    private const int MaxDiagnostics = 20;

    /// <summary>A candidate's compile (after warm-up) takes ~10–20 ms; this bounds compile bombs.</summary>
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromSeconds(10);

    private static readonly SyntaxTree HarnessTree = CSharpSyntaxTree.ParseText(
        Encoding.UTF8.GetString(HarnessFiles.Read("Harness.cs")), Options, "Harness.cs", Encoding.UTF8);

    // Usings a Codility-style skeleton assumes; saves candidates a compile error for a missing using.
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Text; global using System.Threading;",
        Options, "GlobalUsings.cs", Encoding.UTF8);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static CSharpParseOptions Options => new(LanguageVersion.Latest);

    /// <summary>The .NET install the worker runs on; mounted read-only into the sandbox.</summary>
    public static string DotnetRoot => Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    public string Language => Core.Judging.LanguageNames.CSharp;

    private static readonly Lazy<Task> WarmCompiler = new(() => Task.Run(() =>
        Compile("class Solution { public int solution(int x) => x; }", Timeout.InfiniteTimeSpan, CancellationToken.None)));

    /// <summary>Loads the reference assemblies and JITs Roslyn once, so the first candidate does not pay for it.</summary>
    public static Task WarmUpAsync(CancellationToken cancellationToken) => WarmCompiler.Value.WaitAsync(cancellationToken);

    public async Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken)
    {
        // The first compile in a process JITs Roslyn (seconds, more under load): it must not count
        // against a candidate's compile timeout, so it happens once, untimed, before any other.
        await WarmCompiler.Value.WaitAsync(cancellationToken);
        try
        {
            // Roslyn checks the token only now and then: the verdict does not wait past the limit
            // for a compile that ignores it (its thread finishes on its own).
            return await OnBigStack(() => Compile(code, CompileTimeout, cancellationToken)).WaitAsync(CompileTimeout + TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (TimeoutException)
        {
            return CompileResult.Failed($"compilation took longer than {CompileTimeout.TotalSeconds:0} s and was stopped");
        }
    }

    /// <summary>
    /// The judged program with operation counters (see <see cref="CSharpOpsInstrumenter"/>); when the
    /// rewrite does not compile, the judged program itself, whose probe samples then carry no ops.
    /// </summary>
    public async Task<CompileResult> CompileForProbeAsync(string code, CancellationToken cancellationToken)
    {
        var judged = await CompileAsync(code, cancellationToken);
        if (!judged.Ok)
        {
            return judged;
        }

        try
        {
            return await OnBigStack(() => CompileInstrumented(code, cancellationToken) ?? judged).WaitAsync(CompileTimeout + TimeSpan.FromSeconds(2), cancellationToken);
        }
        catch (TimeoutException)
        {
            return judged;
        }
    }

    private static readonly SyntaxTree OpsTree = CSharpSyntaxTree.ParseText(
        Encoding.UTF8.GetString(HarnessFiles.Read("JudgeOps.cs")), Options, "JudgeOps.cs", Encoding.UTF8);

    /// <summary>The probe's rewrite of <paramref name="code"/> (null when it would move lines), before it is compiled.</summary>
    public static CSharpOpsInstrumenter.Result? Instrument(string code, CancellationToken cancellationToken)
    {
        var candidate = CSharpSyntaxTree.ParseText(code, Options, SourceFileName, Encoding.UTF8, cancellationToken);
        return CSharpOpsInstrumenter.Instrument(Compilation([candidate, HarnessTree, GlobalUsings]), candidate, cancellationToken);
    }

    private static CompileResult? CompileInstrumented(string code, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CompileTimeout);
        try
        {
            var instrumented = Instrument(code, timeout.Token);
            if (instrumented is null)
            {
                return null;
            }

            var compilation = Compilation([instrumented.Tree, HarnessTree, GlobalUsings, OpsTree, CSharpOpsInstrumenter.CompletenessTree(instrumented.Complete, Options)]);
            using var assembly = new MemoryStream();
            var result = compilation.Emit(assembly, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded), cancellationToken: timeout.Token);
            return result.Success ? new CompileResult(true, string.Empty, Program(assembly.ToArray())) : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>
    /// Roslyn's parser recurses once per nesting level, and not on every path with a stack check:
    /// 25 KB of nested parentheses overflowed a thread-pool thread's stack and killed the whole worker
    /// (found by the attack suite). A stack overflow cannot be caught, so compiles run on a thread
    /// whose stack holds the deepest nesting 64 KiB of source can have (reserved, not committed).
    /// </summary>
    private const int CompilerStackBytes = 512 * 1024 * 1024;

    /// <summary>The line where ( [ { nest deeper than <paramref name="limit"/>, or null (a plain count: brackets in strings count too).</summary>
    public static int? NestingBeyond(string code, int limit)
    {
        ArgumentNullException.ThrowIfNull(code);
        int depth = 0, line = 1;
        foreach (var c in code)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    break;
                case '(' or '[' or '{':
                    if (++depth > limit)
                    {
                        return line;
                    }

                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(depth - 1, 0);
                    break;
            }
        }

        return null;
    }

    private static Task<CompileResult> OnBigStack(Func<CompileResult> compile)
    {
        var done = new TaskCompletionSource<CompileResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    done.SetResult(compile());
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            },
            CompilerStackBytes)
        {
            IsBackground = true,
            Name = "csharp-compile",
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>No honest solution nests brackets this deep; Roslyn's parser slows quadratically with depth.</summary>
    public const int MaxNesting = 256;

    private static CompileResult Compile(string code, TimeSpan compileTimeout, CancellationToken cancellationToken)
    {
        // Checked before Roslyn sees the code: 64 KiB of '(' keeps the parser busy for minutes and
        // it does not look at the cancellation token meanwhile.
        if (NestingBeyond(code, MaxNesting) is { } line)
        {
            return CompileResult.Failed($"{SourceFileName}({line},1): error: brackets nest more than {MaxNesting} levels deep");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(compileTimeout);
        var candidate = CSharpSyntaxTree.ParseText(code, Options, SourceFileName, Encoding.UTF8, timeout.Token);
        var compilation = Compilation([candidate, HarnessTree, GlobalUsings]);

        using var assembly = new MemoryStream();
        EmitResult result;
        try
        {
            // Embedded PDB: exceptions report the candidate's own line numbers.
            result = compilation.Emit(assembly, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded), cancellationToken: timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CompileResult.Failed($"compilation took longer than {compileTimeout.TotalSeconds:0} s and was stopped");
        }

        var errors = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceTree == candidate ? 0 : 1)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        if (!result.Success)
        {
            var shown = errors.Take(MaxDiagnostics).Select(d => d.ToString());
            var more = errors.Count > MaxDiagnostics ? [$"... and {errors.Count - MaxDiagnostics} more errors"] : Array.Empty<string>();
            return CompileResult.Failed(string.Join('\n', shown.Concat(more)));
        }

        return new CompileResult(true, string.Empty, Program(assembly.ToArray()));
    }

    private static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create(
        "Submission",
        trees,
        References.Value,
        new CSharpCompilationOptions(
            OutputKind.ConsoleApplication,
            optimizationLevel: OptimizationLevel.Release,
            mainTypeName: "JudgeHarness",
            nullableContextOptions: NullableContextOptions.Disable,
            allowUnsafe: false));

    private static SandboxProgram Program(byte[] assembly) => new(
            ImageName: "dotnet",
            Command: [Path.Combine(DotnetRoot, "dotnet"), "/sandbox/app.dll"],
            Files: new Dictionary<string, byte[]>
            {
                ["app.dll"] = assembly,
                ["app.runtimeconfig.json"] = Encoding.UTF8.GetBytes(RuntimeConfig),
            },
            Environment:
            [
                "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1",   // no ICU in the image
                "DOTNET_CLI_TELEMETRY_OPTOUT=1",
                "DOTNET_EnableDiagnostics=0",                // no debugger/profiler IPC sockets in /tmp
                "DOTNET_gcServer=0",
                // Managed heap capped at 75 % of the container's limit (hex 4B): hoarding ends in
                // OutOfMemoryException (MEMORY_LIMIT) while the runtime still has room to report it.
                "DOTNET_GCHeapHardLimitPercent=4B",
            ],
            ReadOnlyMounts: [DotnetRoot]);

    // The sandbox runs the worker's own runtime (mounted read-only), so the versions match exactly.
    private static string RuntimeConfig => new JsonObject
    {
        ["runtimeOptions"] = new JsonObject
        {
            ["tfm"] = $"net{Environment.Version.Major}.{Environment.Version.Minor}",
            ["framework"] = new JsonObject { ["name"] = "Microsoft.NETCore.App", ["version"] = Environment.Version.ToString() },
            ["configProperties"] = new JsonObject { ["System.GC.Concurrent"] = false, ["System.Globalization.Invariant"] = true },
        },
    }.ToJsonString();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies: the sandbox runs exactly this runtime, so they match.
        var runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        return [.. Directory.EnumerateFiles(runtimeDir, "*.dll")
            .Where(IsManagedAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            return pe.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
