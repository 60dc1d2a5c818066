using System.Text;
using Judge.Core.Judging;

namespace Judge.Worker.Languages;

/// <summary>
/// Java 17: javac compiles the candidate's Solution.java with the harness inside a sandbox
/// container of the java image (never on the host); the class files run on the JVM in another.
/// javac names the candidate's own file and lines (Solution.java:5: error: ...).
/// </summary>
public sealed class JavaToolchain(SandboxCompiler compiler) : IToolchain
{
    public const string SourceFileName = "Solution.java";
    private const string HarnessFileName = "JudgeHarness.java";
    private static readonly byte[] Harness = HarnessFiles.Read(HarnessFileName);
    private const string InstrumenterFileName = "JudgeOpsInstrumenter.java";
    private static readonly byte[] Instrumenter = HarnessFiles.Read(InstrumenterFileName);

    // The JDK's internal ASM, which the instrumenter reads and rewrites class files with.
    private static readonly string[] AsmExports = ["jdk.internal.org.objectweb.asm", "jdk.internal.org.objectweb.asm.tree"];

    // A small, quick-starting JVM: serial GC, the client compiler only, no perf-data file in /tmp.
    private static readonly string[] JvmFlags = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto"];

    public string Language => LanguageNames.Java;

    public Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken) => CompileAsync(code, probe: false, cancellationToken);

    /// <summary>
    /// The judged classes plus counting copies of the candidate's classes in ops/ (JudgeOpsInstrumenter,
    /// run after javac in the same container), which the harness loads for the probe's counted call.
    /// An instrumenter failure leaves no copies: the probe then times without counts.
    /// </summary>
    public Task<CompileResult> CompileForProbeAsync(string code, CancellationToken cancellationToken) => CompileAsync(code, probe: true, cancellationToken);

    private async Task<CompileResult> CompileAsync(string code, bool probe, CancellationToken cancellationToken)
    {
        var javac = string.Join(' ', JvmFlags.Select(f => "-J" + f)) + " -J-Xmx512m";
        var command = $"javac {javac} -encoding UTF-8 -Xmaxerrs 20 -nowarn -d /tmp/out {SourceFileName} {HarnessFileName}";
        var sources = new Dictionary<string, byte[]> { [SourceFileName] = Encoding.UTF8.GetBytes(code), [HarnessFileName] = Harness };
        if (probe)
        {
            // Source-file mode compiles the instrumenter in memory: one JVM start, nothing of it in the artifact.
            command += $" && {{ java {string.Join(' ', JvmFlags)} -Xmx256m {string.Join(' ', AsmExports.Select(p => "--add-exports java.base/" + p + "=ALL-UNNAMED"))} {InstrumenterFileName} /tmp/out /tmp/out/ops || true; }}";
            sources[InstrumenterFileName] = Instrumenter;
        }

        var compiled = await compiler.CompileAsync("java", command, sources, cancellationToken);
        if (!compiled.Ok)
        {
            return CompileResult.Failed(compiled.Diagnostics.TrimEnd());
        }

        return new CompileResult(true, compiled.Diagnostics.TrimEnd(), new SandboxProgram(
            ImageName: "java",
            Command:
            [
                "java", .. JvmFlags,
                // The heap takes most of the container's memory (the JVM reads the cgroup limit), so
                // hoarding ends in OutOfMemoryError (MEMORY_LIMIT) rather than a kill; the rest is
                // for metaspace, code and the solution thread's stack (512 MB reserved, used as needed).
                "-XX:MaxRAMPercentage=60", "-XX:+UseContainerSupport",
                "-Dfile.encoding=UTF-8", "-cp", "/sandbox", "JudgeHarness",
            ],
            Files: compiled.Files,
            Environment: ["LANG=C.UTF-8", "HOME=/tmp"],
            ReadOnlyMounts: []));
    }
}
