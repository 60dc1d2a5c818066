using System.Text;
using System.Text.RegularExpressions;
using Judge.Core.Judging;

namespace Judge.Worker.Languages;

/// <summary>
/// C++17: g++ -O2 compiles the harness, which #includes the candidate's solution.cpp, inside a
/// sandbox container of the cpp image (never on the host); the binary is copied into /sandbox
/// (executable; /tmp is noexec) of another container and run there. g++ names the candidate's
/// own file and lines (solution.cpp:5:10: error: ...).
/// </summary>
public sealed partial class CppToolchain(SandboxCompiler compiler) : IToolchain
{
    public const string SourceFileName = "solution.cpp";
    private const string HarnessFileName = "harness.cpp";
    private const string BinaryName = "solution";
    private static readonly byte[] Harness = HarnessFiles.Read(HarnessFileName);

    public string Language => LanguageNames.Cpp;

    /// <summary>
    /// The probe's program counts operations (harness.cpp, JUDGE_PROBE_OPS): every basic block of the
    /// translation unit through the coverage hook, plus the libc memory/string calls and string hashing
    /// it cannot see, re-routed by the linker to wrappers that charge their bytes.
    /// </summary>
    private const string ProbeFlags = "-DJUDGE_PROBE_OPS -fsanitize-coverage=trace-pc "
        + "-Wl,--wrap=memcpy,--wrap=memmove,--wrap=memset,--wrap=memcmp,--wrap=memchr,--wrap=strlen,"
        + "--wrap=_ZSt11_Hash_bytesPKvmm,--wrap=_ZNSt8__detail15_List_node_base10_M_reverseEv,--wrap=pthread_create ";

    public Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken) => CompileAsync(code, string.Empty, cancellationToken);

    public Task<CompileResult> CompileForProbeAsync(string code, CancellationToken cancellationToken) => CompileAsync(code, ProbeFlags, cancellationToken);

    private async Task<CompileResult> CompileAsync(string code, string extraFlags, CancellationToken cancellationToken)
    {
        var compiled = await compiler.CompileAsync(
            "cpp",
            $"g++ -std=c++17 -O2 -pipe -pthread -fdiagnostics-color=never -fmax-errors=20 {extraFlags}-o /tmp/out/{BinaryName} {HarnessFileName}",
            new Dictionary<string, byte[]> { [SourceFileName] = Encoding.UTF8.GetBytes(code), [HarnessFileName] = Harness },
            cancellationToken);
        var output = CandidateView(compiled.Diagnostics);
        if (!compiled.Ok)
        {
            return CompileResult.Failed(output);
        }

        if (!compiled.Files.TryGetValue(BinaryName, out var binary))
        {
            throw new InvalidOperationException("g++ reported success but produced no program");
        }

        return new CompileResult(true, output, new SandboxProgram(
            ImageName: "cpp",
            Command: ["/sandbox/" + BinaryName],
            Files: new Dictionary<string, byte[]> { [BinaryName] = binary },
            Environment: ["LANG=C.UTF-8"],
            ReadOnlyMounts: [])
        {
            Executables = [BinaryName],
        });
    }

    /// <summary>
    /// The candidate's file is #included by the harness: drop the "In file included from harness.cpp"
    /// lines so the message starts at solution.cpp:line:column, as if it had been compiled alone.
    /// </summary>
    public static string CandidateView(string diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = diagnostics.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n')
            .Where(l => !IncludedFrom().IsMatch(l))
            .ToList();
        return string.Join('\n', lines).Trim();
    }

    [GeneratedRegex(@"^(In file included from|\s+from) harness\.cpp:\d+[:,]")]
    private static partial Regex IncludedFrom();
}
