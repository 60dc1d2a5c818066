using System.Diagnostics;
using Docker.DotNet;
using Judge.Worker.Sandbox;

namespace Judge.Tests.Faults;

/// <summary>
/// A Docker daemon of a test's own, so that restarting it cannot touch the daemon that runs every
/// other test's containers (and the fault tests' Postgres). It runs in a network namespace of its
/// own (`unshare --net`): a daemon without a bridge deletes the host's docker0, which the other
/// daemon needs for published ports. It holds only the images copied into it.
/// </summary>
public sealed class IsolatedDockerDaemon : IAsyncDisposable
{
    private readonly string _root;
    private Process? _daemon;

    private IsolatedDockerDaemon(string root)
    {
        _root = root;
    }

    public string Endpoint => $"unix://{Socket}";

    private string Socket => Path.Combine(_root, "docker.sock");

    private string LogPath => Path.Combine(_root, "dockerd.log");

    public IDockerClient Client() => new SandboxOptions { DockerEndpoint = Endpoint }.CreateDockerClient();

    /// <summary>Starts a daemon and copies <paramref name="images"/> into it from the main daemon.</summary>
    public static async Task<IsolatedDockerDaemon> StartAsync(params string[] images)
    {
        if (Environment.UserName != "root")
        {
            Assert.Fail("the Docker restart test starts a Docker daemon of its own and needs root (CI and deploy/test.sh run as root)");
        }

        var daemon = new IsolatedDockerDaemon(Path.Combine(Path.GetTempPath(), $"judge-dockerd-{Guid.NewGuid():N}"[..28]));
        Directory.CreateDirectory(daemon._root);
        await daemon.StartDaemonAsync();
        foreach (var image in images)
        {
            await RunAsync("bash", "-c", $"docker save {image} | DOCKER_HOST={daemon.Endpoint} docker load");
        }

        return daemon;
    }

    /// <summary>Stops the daemon as `systemctl restart docker` does (SIGTERM, which stops its containers) and starts it again.</summary>
    public async Task RestartAsync()
    {
        await StopDaemonAsync();
        await StartDaemonAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopDaemonAsync();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TestContext.Out.WriteLine($"could not remove {_root}: {e.Message}");
        }
    }

    private async Task StartDaemonAsync()
    {
        var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            "--net", "dockerd", "--data-root", Path.Combine(_root, "data"), "--exec-root", Path.Combine(_root, "exec"),
            "--pidfile", Path.Combine(_root, "dockerd.pid"), "--host", Endpoint, "--bridge=none", "--iptables=false", "--ip6tables=false",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _daemon = Process.Start(start) ?? throw new InvalidOperationException("unshare did not start");
        var log = File.AppendText(LogPath);
        log.AutoFlush = true;
        _daemon.OutputDataReceived += (_, e) => Append(log, e.Data);
        _daemon.ErrorDataReceived += (_, e) => Append(log, e.Data);
        _daemon.BeginOutputReadLine();
        _daemon.BeginErrorReadLine();
        using var client = Client();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                await client.System.PingAsync();
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or DockerApiException or System.Net.Sockets.SocketException)
            {
                if (_daemon.HasExited || DateTime.UtcNow > deadline)
                {
                    Assert.Fail($"the test's own dockerd did not answer at {Endpoint} (log: {LogPath})");
                }

                await Task.Delay(200);
            }
        }
    }

    private async Task StopDaemonAsync()
    {
        if (_daemon is null || _daemon.HasExited)
        {
            return;
        }

        // unshare execs dockerd, so the process is the daemon itself.
        await RunAsync("kill", "-TERM", _daemon.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _daemon.WaitForExitAsync(limit.Token);
        _daemon.Dispose();
        _daemon = null;
    }

    private static void Append(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await stderr}");
        }
    }
}
