using System.Diagnostics;
using System.Globalization;

namespace Judge.Worker.Hosting;

/// <summary>
/// One `Judge.Worker serve` in a process of its own, its output in a log file: what the scale bench
/// starts as children and the fault tests kill and stop. SIGKILL ends it mid-job with nothing
/// cleaned up; SIGTERM is what `docker stop` and Kubernetes send (the host cancels its jobs and
/// removes their containers). <see cref="Process.Kill()"/> alone would only ever be SIGKILL.
/// </summary>
public sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServeProcess(Process process, StreamWriter log, string logPath)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public int Pid => _process.Id;

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>
    /// Starts `serve` from <paramref name="workerDll"/> (run by `dotnet`), or, when null, from this
    /// process's own executable (the worker starting copies of itself).
    /// </summary>
    public static ServeProcess Start(string? workerDll, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which executable runs this process");
        var start = new ProcessStartInfo(workerDll is null ? self : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workerDll is not null)
        {
            start.ArgumentList.Add(workerDll);
        }
        else if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            // `dotnet Judge.Worker.dll …` starts `dotnet Judge.Worker.dll serve`; the apphost runs itself.
            start.ArgumentList.Add(typeof(ServeProcess).Assembly.Location);
        }

        start.ArgumentList.Add("serve");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServeProcess(process, log, logPath);
    }

    /// <summary>SIGKILL (of the whole tree), and waits for the end.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    /// <summary>Sends SIGTERM.</summary>
    public async Task TerminateAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
        if (term is not null)
        {
            await term.WaitForExitAsync(CancellationToken.None);
        }
    }

    /// <summary>Waits for the process to end; false if it had not within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        _process.WaitForExit(); // flushes the redirected output
        return true;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after the process was stopped and its log closed.
            }
        }
    }
}
