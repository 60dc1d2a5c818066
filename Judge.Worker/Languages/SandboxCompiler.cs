using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Languages;

/// <summary>
/// Runs a language's compiler (javac, g++) inside a sandbox container of the language's image,
/// with the same hardening as a run: the compiler never executes candidate code, but a compile
/// bomb (template recursion, a huge constant array) must cost its own limits, never the worker's.
/// A small shell wrapper runs the compiler with its output in /tmp, then prints nonce-tagged
/// records on stdout: the diagnostics and the produced files (a tar of /tmp/out), both base64,
/// both capped, and the compiler's exit code.
/// </summary>
public sealed class SandboxCompiler(DockerSandbox sandbox, TimeProvider time, IOptions<SandboxOptions> options)
{
    /// <summary>
    /// CPU time the compiler may use (`ulimit -t`): a template bomb is stopped here, and a compile error
    /// is the candidate's. CPU, not wall-clock time, so a busy host never turns a slow compile into a
    /// COMPILE_ERROR (seen: a correct C++ solution at load average 18 under a 10 s wall-clock limit).
    /// </summary>
    public const int CpuLimitSeconds = 10;

    /// <summary>Wall-clock backstop of one compile, container start included; passing it is ours (an overloaded host), and retried.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The shell's status for a compiler stopped by SIGXCPU (128 + 24) at its CPU limit.</summary>
    private const int CpuLimitExitCode = 152;

    /// <summary>g++ on bits/stdc++.h at -O2 needs a few hundred MB; a template bomb stops here.</summary>
    public const int MemoryMb = 1024;

    /// <summary>The compiled files together (a C++ binary is well under 1 MB; classes far less).</summary>
    public const int MaxArtifactBytes = 16 * 1024 * 1024;

    private const int MaxDiagnosticBytes = 64 * 1024;

    /// <summary>
    /// Compiles <paramref name="sources"/> (copied into /sandbox) with <paramref name="compileCommand"/>,
    /// a shell command run in /sandbox that writes what it produces under /tmp/out.
    /// </summary>
    public async Task<SandboxCompilation> CompileAsync(string imageName, string compileCommand, IReadOnlyDictionary<string, byte[]> sources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        // The nonce comes on stdin; the compiler's own output goes to a file, so nothing it prints
        // (a candidate's #error or #include of a file) can look like a record.
        var wrapper = $"""
            read -r nonce
            mkdir -p /tmp/out
            cd /sandbox
            ( ulimit -t {CpuLimitSeconds}; {compileCommand} ) >/tmp/diagnostics 2>&1 </dev/null
            rc=$?
            printf '@@%s DIAGNOSTICS ' "$nonce"; head -c {MaxDiagnosticBytes} /tmp/diagnostics | base64 -w0; echo
            if [ "$rc" -eq 0 ]; then
              printf '@@%s ARTIFACT ' "$nonce"; tar -C /tmp/out -cf - . | head -c {MaxArtifactBytes + 1} | base64 -w0; echo
            fi
            printf '@@%s EXIT %s\n' "$nonce" "$rc"

            """;
        var files = new Dictionary<string, byte[]>(sources) { ["compile.sh"] = Encoding.UTF8.GetBytes(wrapper) };

        string? diagnostics = null;
        byte[]? artifact = null;
        int? exitCode = null;
        var prefix = "@@" + nonce + " ";
        using var watchdog = new Watchdog(time);
        var outcome = await sandbox.RunAsync(
            new SandboxRun
            {
                Image = options.Value.ImageFor(imageName),
                Command = ["sh", "/sandbox/compile.sh"],
                Files = files,
                Stdin = Encoding.UTF8.GetBytes(nonce + "\n"),
                MemoryMb = MemoryMb,
                Environment = ["HOME=/tmp", "TMPDIR=/tmp", "LANG=C.UTF-8"],
                StartupTimeout = Timeout,
            },
            line =>
            {
                if (!line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return;
                }

                var parts = line[prefix.Length..].Split(' ', 2);
                var body = parts.Length > 1 ? parts[1] : string.Empty;
                switch (parts[0])
                {
                    case "DIAGNOSTICS":
                        diagnostics = Encoding.UTF8.GetString(FromBase64(body));
                        break;
                    case "ARTIFACT":
                        artifact = FromBase64(body);
                        break;
                    case "EXIT" when int.TryParse(body, out var rc):
                        exitCode = rc;
                        break;
                }
            },
            watchdog,
            cancellationToken);

        if (outcome.TimedOut)
        {
            // Under its CPU limit yet past the backstop: the compiler was starved of CPU, not the candidate's doing.
            throw new TimeoutException($"the {imageName} compiler did not finish within {Timeout.TotalSeconds:0} s of wall-clock time while under its CPU limit (an overloaded host?)");
        }

        if (outcome.OomKilled)
        {
            return SandboxCompilation.Failed($"the compiler ran out of memory ({MemoryMb} MB) and was stopped");
        }

        if (exitCode == CpuLimitExitCode)
        {
            return SandboxCompilation.Failed($"compilation used more than {CpuLimitSeconds} s of CPU time and was stopped");
        }

        if (exitCode is not { } code)
        {
            // Ours, not the candidate's: the wrapper always reports an exit code.
            throw new InvalidOperationException($"the {imageName} compiler container ended without a result (exit code {outcome.ExitCode}): {outcome.StderrHead}");
        }

        if (code != 0)
        {
            return SandboxCompilation.Failed(string.IsNullOrWhiteSpace(diagnostics) ? $"the compiler failed (exit code {code})" : diagnostics);
        }

        if (artifact is null || artifact.Length > MaxArtifactBytes)
        {
            return SandboxCompilation.Failed($"the compiled program is larger than {MaxArtifactBytes / (1024 * 1024)} MB");
        }

        return new SandboxCompilation(true, diagnostics ?? string.Empty, ReadTar(artifact));
    }

    private static byte[] FromBase64(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return [];
        }
    }

    /// <summary>Regular files of the archive by relative path ("Solution.class", "solution").</summary>
    private static Dictionary<string, byte[]> ReadTar(byte[] tar)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var reader = new TarReader(new MemoryStream(tar));
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            var name = entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name;
            if (name.Length == 0 || name.StartsWith('/') || name.Split('/').Contains(".."))
            {
                continue;
            }

            using var content = new MemoryStream();
            entry.DataStream.CopyTo(content);
            files[name] = content.ToArray();
        }

        return files;
    }
}

/// <summary>A compile in the sandbox: the produced files by relative path, or the compiler's message.</summary>
public sealed record SandboxCompilation(bool Ok, string Diagnostics, IReadOnlyDictionary<string, byte[]> Files)
{
    public static SandboxCompilation Failed(string diagnostics) => new(false, diagnostics, new Dictionary<string, byte[]>());
}
