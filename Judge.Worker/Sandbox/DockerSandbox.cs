using System.Collections.Concurrent;
using System.Diagnostics;
using System.Formats.Tar;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Runs one program in a fresh, locked-down container through the Docker Engine API:
/// create (or take a never-started one from the <see cref="WarmContainerPool"/>) → copy files in (tar)
/// → attach → start → feed stdin → read capped output → inspect → remove.
/// The container is removed on every path, including cancellation of the worker.
/// </summary>
public sealed class DockerSandbox(IDockerClient docker, IOptions<SandboxOptions> options, WarmContainerPool pool, ILogger<DockerSandbox> logger)
{
    /// <summary>Every sandbox container carries this label, so leftovers can be found and counted.</summary>
    public const string Label = "judge.sandbox";

    /// <summary>
    /// Names the worker process (<see cref="ProcessIdentity"/>: host:pid:start) that owns a container,
    /// so its own leftovers are findable and a dead worker's are removed (<see cref="OrphanContainerReaper"/>).
    /// </summary>
    public const string OwnerLabel = "judge.owner";

    /// <summary>This process's value of <see cref="OwnerLabel"/>.</summary>
    public static readonly string Owner = ProcessIdentity.Current;

    private const string SandboxDir = "/sandbox";
    private const int StderrHeadBytes = 8 * 1024;
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(15);

    private readonly SandboxOptions _options = options.Value;
    // Static: tests build several sandboxes in one process, and all of them share the owner label.
    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);

    /// <summary>
    /// Runs <paramref name="run"/>; every complete stdout line goes to <paramref name="onStdoutLine"/>
    /// as it arrives, and the caller moves <paramref name="watchdog"/> as the program makes progress.
    /// </summary>
    public async Task<SandboxOutcome> RunAsync(SandboxRun run, Action<string> onStdoutLine, Watchdog watchdog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(onStdoutLine);
        ArgumentNullException.ThrowIfNull(watchdog);

        var pooled = await pool.TakeAsync(run, cancellationToken);
        if (pooled is not null)
        {
            var outcome = await RunInAsync(pooled, fromPool: true, run, onStdoutLine, watchdog, cancellationToken);
            if (outcome is not null)
            {
                return outcome;
            }
        }

        var created = await docker.Containers.CreateContainerAsync(CreateParameters(run, _options), cancellationToken);
        return (await RunInAsync(created.ID, fromPool: false, run, onStdoutLine, watchdog, cancellationToken))!;
    }

    /// <summary>
    /// Runs in container <paramref name="id"/> and removes it on every path. Null only for a pooled
    /// container that could not be prepared or started (removed behind our back, a daemon restart):
    /// the program never ran, so the caller runs it in a fresh container.
    /// </summary>
    private async Task<SandboxOutcome?> RunInAsync(string id, bool fromPool, SandboxRun run, Action<string> onStdoutLine, Watchdog watchdog, CancellationToken cancellationToken)
    {
        Active.TryAdd(id, 0);
        try
        {
            MultiplexedStream stream;
            Stopwatch started;
            try
            {
                (stream, started) = await StartAsync(id, run, cancellationToken);
            }
            catch (Exception e) when (fromPool && e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Pooled sandbox container {Container} did not start; running in a fresh one", id);
                return null;
            }

            using (stream)
            {
                return await ObserveAsync(id, fromPool, run, stream, started, onStdoutLine, watchdog, cancellationToken);
            }
        }
        finally
        {
            // Not cancellable: a container must never outlive its run, even when the worker stops.
            try
            {
                await docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, CancellationToken.None);
            }
            catch (DockerContainerNotFoundException) when (fromPool)
            {
                // A pooled container removed behind our back: nothing left to remove.
            }
            catch (Exception e)
            {
                // The daemon may be restarting: the reaper removes it later, as no run holds it then.
                logger.LogError(e, "Could not remove sandbox container {Container}", id);
            }

            Active.TryRemove(id, out _);
        }
    }

    /// <summary>Whether this process still has a use for <paramref name="containerId"/>: a run in progress, or idle in the warm pool.</summary>
    public bool Holds(string containerId) => Active.ContainsKey(containerId) || pool.IdleContainers().Contains(containerId, StringComparer.Ordinal);

    /// <summary>Copies the files in, attaches and starts: the program runs from here on.</summary>
    private async Task<(MultiplexedStream Stream, Stopwatch Started)> StartAsync(string id, SandboxRun run, CancellationToken cancellationToken)
    {
        using (var archive = BuildArchive(run.Files, run.Executables))
        {
            await docker.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = SandboxDir }, archive, cancellationToken);
        }

        var stream = await docker.Containers.AttachContainerAsync(
            id, new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true }, cancellationToken);
        try
        {
            var started = Stopwatch.StartNew();
            await docker.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
            return (stream, started);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private async Task<SandboxOutcome> ObserveAsync(string id, bool fromPool, SandboxRun run, MultiplexedStream stream, Stopwatch started, Action<string> onStdoutLine, Watchdog watchdog, CancellationToken cancellationToken)
    {
        watchdog.Arm(run.StartupTimeout ?? TimeSpan.FromMilliseconds(_options.StartupTimeoutMs));
        await stream.WriteAsync(run.Stdin, 0, run.Stdin.Length, cancellationToken);
        stream.CloseWrite();

        var killed = 0;
        var timedOut = false;
        string? outputLimit = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Reading is not bound to the caller's token: after a kill the stream must be drained to its
        // end, within a bound set once at the kill (a hanging kill or later output cannot extend it).
        using var drainLimit = new CancellationTokenSource();
        void Kill()
        {
            if (Interlocked.Exchange(ref killed, 1) == 0)
            {
                drainLimit.CancelAfter(DrainAfterKill);
                // Fire and forget: the reader keeps draining meanwhile, else a full pipe stalls the kill.
                _ = KillQuietlyAsync(id);
            }
        }

        var watch = Task.Run(async () =>
        {
            try
            {
                await watchdog.WaitExpiredAsync(stop.Token);
                timedOut = true;
                Kill();
            }
            catch (OperationCanceledException)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    Kill(); // the worker is stopping: end the program now
                }
            }
        }, CancellationToken.None);

        using var stderrHead = new MemoryStream();
        long stdoutBytes = 0, stderrBytes = 0;
        var lines = new LineSplitter(onStdoutLine);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            MultiplexedStream.ReadResult read;
            try
            {
                read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, drainLimit.Token);
            }
            catch (OperationCanceledException)
            {
                logger.LogWarning("Sandbox {Container} output did not end {Seconds} s after kill", id, DrainAfterKill.TotalSeconds);
                break;
            }

            if (read.EOF)
            {
                break;
            }

            if (read.Target == MultiplexedStream.TargetStream.StandardOut)
            {
                stdoutBytes += read.Count;
                if (stdoutBytes > _options.StdoutCapBytes)
                {
                    outputLimit ??= "stdout";
                    Kill();
                }
                else if (outputLimit is null)
                {
                    lines.Feed(buffer.AsSpan(0, read.Count));
                }
            }
            else
            {
                stderrBytes += read.Count;
                var keep = (int)Math.Min(read.Count, Math.Max(0, StderrHeadBytes - stderrHead.Length));
                stderrHead.Write(buffer, 0, keep);
                if (stderrBytes > _options.StderrCapBytes)
                {
                    outputLimit ??= "stderr";
                    Kill();
                }
            }
        }

        lines.Flush();
        await stop.CancelAsync();
        await watch;

        // The output ends when the process does; wait for the container to be reported exited.
        using var waitLimit = new CancellationTokenSource(DrainAfterKill);
        try
        {
            await docker.Containers.WaitContainerAsync(id, waitLimit.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }

        var wall = started.Elapsed;
        var state = (await docker.Containers.InspectContainerAsync(id, CancellationToken.None)).State
            ?? throw new InvalidOperationException($"Docker returned no state for container {id}");
        cancellationToken.ThrowIfCancellationRequested();
        return new SandboxOutcome
        {
            ExitCode = state.ExitCode,
            OomKilled = state.OOMKilled,
            TimedOut = timedOut,
            OutputLimitStream = outputLimit,
            StderrHead = Encoding.UTF8.GetString(stderrHead.ToArray()),
            Wall = wall,
            ContainerId = id,
            FromPool = fromPool,
        };
    }

    private async Task KillQuietlyAsync(string id)
    {
        try
        {
            await docker.Containers.KillContainerAsync(id, new ContainerKillParameters { Signal = "SIGKILL" }, CancellationToken.None);
        }
        catch (DockerApiException e)
        {
            // Already exited: nothing to kill.
            logger.LogDebug(e, "Kill of {Container} found it stopped", id);
        }
    }

    /// <summary>Every sandbox rule, as create parameters; the warm pool creates its containers from the same.</summary>
    internal static CreateContainerParameters CreateParameters(SandboxRun run, SandboxOptions options)
    {
        var memoryBytes = run.MemoryMb * 1024L * 1024L;
        return new CreateContainerParameters
        {
            Image = run.Image,
            Cmd = [.. run.Command],
            // nobody:nogroup — never root inside the sandbox.
            User = "65534:65534",
            WorkingDir = "/tmp",
            Env = [.. run.Environment],
            Labels = new Dictionary<string, string> { [Label] = "1", [OwnerLabel] = Owner },
            AttachStdin = true,
            AttachStdout = true,
            AttachStderr = true,
            OpenStdin = true,
            // Closing our write half ends the program's stdin, so a read of stdin cannot hang it.
            StdinOnce = true,
            Tty = false,
            NetworkDisabled = true,
            HostConfig = new HostConfig
            {
                NetworkMode = "none",                       // no interfaces but loopback
                ReadonlyRootfs = true,                      // nothing in the image can be changed
                CapDrop = ["ALL"],                          // no capabilities, even for root-owned binaries
                SecurityOpt =
                [
                    "no-new-privileges",                    // setuid binaries cannot raise privileges
                    "seccomp=" + SeccompProfile.Json,       // Docker's default syscall filter minus io_uring and ptrace
                ],
                PidsLimit = options.PidsLimit,              // fork bombs hit a wall
                Memory = memoryBytes,                       // the task's memory limit...
                MemorySwap = memoryBytes,                   // ...with no swap beyond it
                NanoCPUs = options.NanoCpus,                // one CPU at most
                IpcMode = "none",                           // no shared memory with anything
                Init = true,                                // tini is PID 1: the program is not, so it cannot ignore kill -9 aimed at itself
                Tmpfs = new Dictionary<string, string>
                {
                    // Scratch space only: size-capped, not executable, no setuid, no devices.
                    ["/tmp"] = $"rw,noexec,nosuid,nodev,size={options.TmpfsMb}m,nr_inodes=4096",
                },
                Mounts =
                [
                    // An anonymous volume for the program and inputs (the read-only root cannot take a copy);
                    // the files are root-owned and read-only, so the candidate cannot write there.
                    new Mount { Type = "volume", Target = SandboxDir },
                    .. run.ReadOnlyMounts.Select(path => new Mount { Type = "bind", Source = path, Target = path, ReadOnly = true }),
                ],
                Ulimits =
                [
                    new Ulimit { Name = "nofile", Soft = 256, Hard = 256 },               // fd exhaustion stays inside
                    new Ulimit { Name = "fsize", Soft = 16L << 20, Hard = 16L << 20 },    // no file over 16 MiB
                    new Ulimit { Name = "core", Soft = 0, Hard = 0 },                      // no core dumps
                    new Ulimit { Name = "stack", Soft = 64L << 20, Hard = 64L << 20 },     // bounded main stack; harness threads set their own
                ],
                LogConfig = new LogConfig { Type = "none" },   // output is read from the attach stream, not stored
                AutoRemove = false,                            // the state must be inspected before removal
            },
        };
    }

    private static MemoryStream BuildArchive(IReadOnlyDictionary<string, byte[]> files, IReadOnlyCollection<string> executables)
    {
        var archive = new MemoryStream();
        using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            // Folders first, readable and listable by the candidate, writable by nobody.
            foreach (var folder in files.Keys.Select(Path.GetDirectoryName).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, folder!)
                {
                    Uid = 0,
                    Gid = 0,
                    Mode = UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
                    ModificationTime = DateTimeOffset.UnixEpoch,
                });
            }

            foreach (var (name, content) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name)
                {
                    DataStream = new MemoryStream(content),
                    Uid = 0,
                    Gid = 0,
                    // Readable (and a compiled program executable) by the candidate, writable by nobody.
                    Mode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead
                        | (executables.Contains(name) ? UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute : UnixFileMode.None),
                    ModificationTime = DateTimeOffset.UnixEpoch,
                });
            }
        }

        archive.Position = 0;
        return archive;
    }
}
