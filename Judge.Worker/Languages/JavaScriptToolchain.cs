using System.Text;
using Judge.Core.Judging;

namespace Judge.Worker.Languages;

/// <summary>
/// JavaScript (Node.js from Debian): nothing to compile on the worker; the harness parses
/// solution.js inside the sandbox before running anything and reports a SyntaxError as a
/// COMPILE record with the candidate's line.
/// </summary>
public sealed class JavaScriptToolchain : IToolchain
{
    private static readonly byte[] Harness = HarnessFiles.Read("harness.js");

    public string Language => LanguageNames.JavaScript;

    public Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(new CompileResult(true, string.Empty, new SandboxProgram(
            ImageName: "javascript",
            Command:
            [
                "node",
                // V8's heap limit above any task's memory limit: hoarding ends in the container's
                // OOM kill (MEMORY_LIMIT) rather than V8's fatal "heap out of memory" abort.
                "--max-old-space-size=4096",
                "/sandbox/harness.js",
            ],
            Files: new Dictionary<string, byte[]>
            {
                ["harness.js"] = Harness,
                ["solution.js"] = Encoding.UTF8.GetBytes(code),
            },
            Environment: ["LANG=C.UTF-8", "NODE_OPTIONS=", "NODE_DISABLE_COLORS=1"],
            ReadOnlyMounts: [])));
}
