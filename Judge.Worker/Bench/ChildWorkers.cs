using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Judge.Worker.Bench;

/// <summary>
/// `serve` processes the scale bench starts as its children (this same Judge.Worker, each with its
/// own health port and log file), on the bench's database. Disposing stops them: SIGTERM, so each
/// removes its sandbox containers, then a kill after 30 s. The bench disposes them in `finally`
/// and on its own exit, so none outlives it short of a SIGKILL of the bench itself.
/// </summary>
public sealed class ChildWorkers : IAsyncDisposable
{
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(30);

    private readonly List<(Process Process, StreamWriter Log, string LogPath, int HealthPort)> _children = [];
    private int _stopped;

    private ChildWorkers()
    {
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    public IReadOnlyList<int> ProcessIds => [.. _children.Select(c => c.Process.Id)];

    public IReadOnlyList<string> LogPaths => [.. _children.Select(c => c.LogPath)];

    /// <summary>Starts <paramref name="count"/> workers with the given environment added and waits until each answers /health/ready.</summary>
    public static async Task<ChildWorkers> StartAsync(int count, IReadOnlyDictionary<string, string> environment, string logDirectory, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Directory.CreateDirectory(logDirectory);
        var workers = new ChildWorkers();
        try
        {
            for (var i = 0; i < count; i++)
            {
                workers.Start(environment, Path.Combine(logDirectory, $"{name}-{i + 1}.log"));
            }

            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
            foreach (var child in workers._children)
            {
                await WaitReadyAsync(http, child.Process, child.HealthPort, child.LogPath, cancellationToken);
            }

            return workers;
        }
        catch
        {
            await workers.DisposeAsync();
            throw;
        }
    }

    private void Start(IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var port = FreePort();
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell which executable runs this process");
        var start = new ProcessStartInfo(self)
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // `dotnet Judge.Worker.dll bench-scale` runs children as `dotnet Judge.Worker.dll serve`; the apphost runs itself.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildWorkers).Assembly.Location);
        }

        start.ArgumentList.Add("serve");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Worker__HealthUrls"] = $"http://127.0.0.1:{port}";
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a worker process");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _children.Add((process, log, logPath, port));
        Console.Error.WriteLine($"bench-scale: worker pid {process.Id}, health http://127.0.0.1:{port}, log {logPath}");
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
                // A last line after the worker was stopped and its log closed.
            }
        }
    }

    private static async Task WaitReadyAsync(HttpClient http, Process process, int port, string logPath, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"worker pid {process.Id} exited with {process.ExitCode} during start-up (log: {logPath})");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new InvalidOperationException($"worker pid {process.Id} was not ready within {ReadyWithin.TotalMinutes:0} min (log: {logPath})");
    }

    /// <summary>A port free right now (the kernel's pick); another process could take it before the worker binds, which its log would say.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnExit;
        foreach (var child in _children.Where(c => !c.Process.HasExited))
        {
            // SIGTERM: the host stops Hangfire and removes its containers (Process.Kill would be SIGKILL).
            using var term = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", child.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (term is not null)
            {
                await term.WaitForExitAsync(CancellationToken.None);
            }
        }

        foreach (var child in _children)
        {
            using var wait = new CancellationTokenSource(StopWithin);
            try
            {
                await child.Process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"bench-scale: worker pid {child.Process.Id} did not stop within {StopWithin.TotalSeconds:0} s; killing it");
                child.Process.Kill(entireProcessTree: true);
                await child.Process.WaitForExitAsync(CancellationToken.None);
            }

            lock (child.Log)
            {
                child.Log.Dispose();
            }

            child.Process.Dispose();
        }
    }

    /// <summary>The bench is exiting without having disposed us (an unhandled exit path): kill, no waiting.</summary>
    private void OnExit(object? sender, EventArgs e)
    {
        foreach (var child in _children)
        {
            try
            {
                if (!child.Process.HasExited)
                {
                    child.Process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
