using System.Diagnostics;
using Judge.Worker.Hosting;

namespace Judge.Tests.Faults;

/// <summary>
/// A worker as production runs it (<see cref="ServeProcess"/>: `Judge.Worker serve` in a process of
/// its own), with the fault tests' settings, its log beside the test results and named in failures.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly ServeProcess _process;

    private WorkerProcess(ServeProcess process) => _process = process;

    public int Pid => _process.Pid;

    public string LogPath => _process.LogPath;

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
        var settings = new Dictionary<string, string>
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
            settings[key] = value;
        }

        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "worker-logs");
        Directory.CreateDirectory(folder);
        return new WorkerProcess(ServeProcess.Start(Path.Combine(AppContext.BaseDirectory, "Judge.Worker.dll"), settings, Path.Combine(folder, $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)] + ".log")));
    }

    /// <summary>SIGKILL: the process ends at once, mid-job, with nothing cleaned up.</summary>
    public void Kill9() => _process.Kill();

    /// <summary>SIGTERM, as `docker stop` or Kubernetes sends it; returns the exit code and how long the exit took.</summary>
    public async Task<(int ExitCode, TimeSpan Took)> StopAsync(TimeSpan timeout)
    {
        var took = Stopwatch.StartNew();
        await _process.TerminateAsync();
        if (!await _process.WaitForExitAsync(timeout))
        {
            _process.Kill();
            Assert.Fail($"worker {Pid} did not stop within {timeout} of SIGTERM (log: {LogPath})");
        }

        return (_process.ExitCode, took.Elapsed);
    }

    public void Dispose() => _process.Dispose();
}
