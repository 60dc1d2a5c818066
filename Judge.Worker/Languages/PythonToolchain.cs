using System.Text;
using Judge.Core.Judging;

namespace Judge.Worker.Languages;

/// <summary>
/// Python 3.11: nothing to compile on the worker; the harness compiles the source inside the
/// sandbox before running anything and reports a SyntaxError as a COMPILE record.
/// </summary>
public sealed class PythonToolchain : IToolchain
{
    private static readonly byte[] Harness = HarnessFiles.Read("harness.py");

    public string Language => LanguageNames.Python;

    public Task<CompileResult> CompileAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(new CompileResult(true, string.Empty, new SandboxProgram(
            ImageName: "python",
            // -I: ignore PYTHON* variables and user site; -B: no .pyc writes on a read-only root.
            Command: ["python3", "-I", "-B", "/sandbox/harness.py"],
            Files: new Dictionary<string, byte[]>
            {
                ["harness.py"] = Harness,
                ["solution.py"] = Encoding.UTF8.GetBytes(code),
            },
            Environment: ["PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8"],
            ReadOnlyMounts: [])));
}
