using System.Net;
using System.Net.Sockets;
using Judge.Worker.Hosting;

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

    private readonly List<(ServeProcess Process, int HealthPort)> _children = [];
    private int _stopped;

    private ChildWorkers()
    {
        AppDomain.CurrentDomain.ProcessExit += OnExit;
    }

    public IReadOnlyList<int> ProcessIds => [.. _children.Select(c => c.Process.Pid)];

    public IReadOnlyList<string> LogPaths => [.. _children.Select(c => c.Process.LogPath)];

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
                await WaitReadyAsync(http, child.Process, child.HealthPort, cancellationToken);
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
        var process = ServeProcess.Start(null, new Dictionary<string, string>(environment) { ["Worker__HealthUrls"] = $"http://127.0.0.1:{port}" }, logPath);
        _children.Add((process, port));
        Console.Error.WriteLine($"bench-scale: worker pid {process.Pid}, health http://127.0.0.1:{port}, log {logPath}");
    }

    private static async Task WaitReadyAsync(HttpClient http, ServeProcess process, int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"worker pid {process.Pid} exited with {process.ExitCode} during start-up (log: {process.LogPath})");
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

        throw new InvalidOperationException($"worker pid {process.Pid} was not ready within {ReadyWithin.TotalMinutes:0} min (log: {process.LogPath})");
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
        foreach (var (child, _) in _children)
        {
            // SIGTERM: the host stops Hangfire and removes its containers.
            await child.TerminateAsync();
        }

        foreach (var (child, _) in _children)
        {
            if (!await child.WaitForExitAsync(StopWithin))
            {
                Console.Error.WriteLine($"bench-scale: worker pid {child.Pid} did not stop within {StopWithin.TotalSeconds:0} s; killing it");
            }

            child.Dispose(); // kills it if it still runs
        }
    }

    /// <summary>The bench is exiting without having disposed us (an unhandled exit path): kill, no waiting.</summary>
    private void OnExit(object? sender, EventArgs e)
    {
        foreach (var (child, _) in _children)
        {
            try
            {
                child.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
    }
}
