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

    // A small, quick-starting JVM: serial GC, the client compiler only, no perf-data file in /tmp.
    private static readonly string[] JvmFlags = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto"];

    public string Language => LanguageNames.Java;

    public async Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken)
    {
        var javac = string.Join(' ', JvmFlags.Select(f => "-J" + f)) + " -J-Xmx512m";
        var compiled = await compiler.CompileAsync(
            "java",
            $"javac {javac} -encoding UTF-8 -Xmaxerrs 20 -nowarn -d /tmp/out {SourceFileName} {HarnessFileName}",
            new Dictionary<string, byte[]> { [SourceFileName] = Encoding.UTF8.GetBytes(code), [HarnessFileName] = Harness },
            cancellationToken);
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
