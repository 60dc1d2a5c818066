using System.Diagnostics;

namespace Judge.Tests.Faults;

/// <summary>
/// A worker as production runs it: `Judge.Worker serve` in a process of its own, so that it can be
/// killed with SIGKILL (no finally blocks, no cleanup) or stopped with SIGTERM like a container stop.
/// Its output goes to a log file beside the test results, named in failure messages.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private WorkerProcess(Process process, StreamWriter log, string logPath)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public int Pid => _process.Id;

    public string LogPath { get; }

    /// <summary>The start of the owner label of this process's containers (host:pid:start).</summary>
    public string OwnerPrefix => $"{Environment.MachineName}:{Pid}:";

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Starts a worker on <paramref name="connectionString"/>. Defaults for fault tests: judging
    /// queues only (probes would only add load), a job of a dead worker visible again after 10 s,
    /// orphans looked for every 5 s, no health listener (several workers share the host).
    /// </summary>
    public static WorkerProcess Start(string connectionString, string name, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Judge.Worker.dll"));
        start.ArgumentList.Add("serve");
        var defaults = new Dictionary<string, string>
        {
            ["ConnectionStrings__Judge"] = connectionString,
            ["Worker__Queues"] = "run,submit",
            ["Worker__Concurrency"] = "2",
            ["Worker__InvisibilitySeconds"] = "10",
            ["Worker__HealthUrls"] = "off",
            ["Sandbox__ReapIntervalSeconds"] = "5",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            defaults[key] = value;
        }

        foreach (var (key, value) in defaults)
        {
            start.Environment[key] = value;
        }

        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "worker-logs");
        Directory.CreateDirectory(folder);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var logPath = Path.Combine(folder, $"{name}-{process.Id}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new WorkerProcess(process, log, logPath);
    }

    /// <summary>SIGKILL: the process ends at once, mid-job, with nothing cleaned up.</summary>
    public void Kill9()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    /// <summary>SIGTERM, as `docker stop` or Kubernetes sends it; returns the exit code and how long the exit took.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> StopAsync(TimeSpan timeout)
    {
        var took = Stopwatch.StartNew();
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                Assert.Fail($"worker {Pid} did not stop within {timeout} of SIGTERM (log: {LogPath})");
            }
        }

        _process.WaitForExit(); // flushes the redirected output
        return (_process.ExitCode, took.Elapsed);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

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
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }
}
