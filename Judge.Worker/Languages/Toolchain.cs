namespace Judge.Worker.Languages;

/// <summary>Turns a candidate's source into a program the sandbox can run with the language's harness.</summary>
public interface IToolchain
{
    /// <summary>The wire name ("csharp", "python", ...).</summary>
    string Language { get; }

    /// <summary>Compiles on the worker where the language has a compiler (never executing candidate code).</summary>
    Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken);

    /// <summary>
    /// The program the complexity probe runs: the judged one, or where the language counts operations
    /// at compile time (C++ coverage hooks, C# Roslyn instrumentation), one that also counts them. Its
    /// probe samples then carry "ops" (see <see cref="Judging.TestRecord.Ops"/>).
    /// </summary>
    Task<CompileResult> CompileForProbeAsync(string code, CancellationToken cancellationToken) => CompileAsync(code, cancellationToken);
}

/// <summary>A compile's outcome: either a program to run, or the compiler's message for the candidate.</summary>
public sealed record CompileResult(bool Ok, string Output, SandboxProgram? Program)
{
    public static CompileResult Failed(string output) => new(false, output, null);
}

/// <summary>Everything the sandbox needs to start a harnessed program, minus the tests.</summary>
public sealed record SandboxProgram(
    string ImageName,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlyList<string> Environment,
    IReadOnlyList<string> ReadOnlyMounts)
{
    /// <summary>Names among <see cref="Files"/> that must be executable in /sandbox (a compiled C++ program).</summary>
    public IReadOnlyCollection<string> Executables { get; init; } = [];
}

/// <summary>Reads harness sources embedded in the worker assembly.</summary>
internal static class HarnessFiles
{
    public static byte[] Read(string name)
    {
        using var stream = typeof(HarnessFiles).Assembly.GetManifestResourceStream("harness/" + name)
            ?? throw new InvalidOperationException($"harness file '{name}' is not embedded in the worker");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
