using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Sandbox containers created ahead of their runs and never started: up to
/// <see cref="WarmPoolOptions.PerSpec"/> per distinct creation spec (the exact create parameters:
/// image, command, memory, environment, mounts, every sandbox rule). A run takes one, or creates
/// one as before when none is idle; each take refills that spec in the background. A container is
/// handed out once and removed after its run, so nothing carries over between runs: each has its own
/// fresh tmpfs and anonymous volume. Idle containers hold no process, only their layer and volume.
/// </summary>
public sealed class WarmContainerPool : IAsyncDisposable, IDisposable
{
    /// <summary>Pooled containers carry this label besides <see cref="DockerSandbox.Label"/> and the owner.</summary>
    public const string PoolLabel = "judge.pool";

    private readonly IDockerClient _docker;
    private readonly SandboxOptions _options;
    private readonly ILogger<WarmContainerPool> _logger;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Spec> _specs = new(StringComparer.Ordinal);
    private readonly HashSet<Task> _background = [];
    private readonly SemaphoreSlim _creations;
    private readonly CancellationTokenSource _stopping = new();
    private bool _stopped;
    private bool _sweeping;
    private long _hits;
    private long _misses;

    public WarmContainerPool(IDockerClient docker, IOptions<SandboxOptions> options, ILogger<WarmContainerPool> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _docker = docker;
        _options = options.Value;
        _logger = logger;
        _time = time;
        _creations = new SemaphoreSlim(Math.Max(1, _options.WarmPool.Concurrency));
    }

    /// <summary>Runs that got a pooled container.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Runs that found none idle for their spec and created one.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    private int PerSpec => _options.WarmPool.PerSpec;

    private TimeSpan IdleExpiry => TimeSpan.FromSeconds(_options.WarmPool.IdleSeconds);

    /// <summary>The ids of the idle containers right now.</summary>
    public IReadOnlyList<string> IdleContainers()
    {
        lock (_lock)
        {
            return [.. _specs.Values.SelectMany(s => s.Idle.Select(i => i.Id))];
        }
    }

    /// <summary>
    /// Waits until every spec seen so far has <see cref="WarmPoolOptions.PerSpec"/> idle containers: true;
    /// false when a spec is short with no creation in flight (a refill failed; the next take retries).
    /// </summary>
    public async Task<bool> WaitFullAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            lock (_lock)
            {
                if (_stopped)
                {
                    return false;
                }

                var shortOnes = _specs.Values.Where(s => s.Idle.Count < PerSpec).ToList();
                if (shortOnes.Count == 0)
                {
                    return true;
                }

                if (shortOnes.Any(s => s.Creating == 0))
                {
                    return false;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken);
        }
    }

    /// <summary>
    /// An idle container created for exactly <paramref name="run"/>'s parameters from the image its tag
    /// names now, removed from the pool for good; null when there is none (or the pool is off).
    /// Either way the spec is refilled in the background; the caller owns (and removes) what it gets.
    /// </summary>
    public async Task<string?> TakeAsync(SandboxRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (PerSpec == 0)
        {
            return null;
        }

        // Only what shapes the container: files and stdin come per run and are not part of the spec.
        var template = run with { Files = new Dictionary<string, byte[]>(), Stdin = [], Executables = [] };
        var key = KeyOf(DockerSandbox.CreateParameters(template, _options));
        string imageId;
        try
        {
            // The tag may have been rebuilt since a container was created: only one from the current build will do.
            imageId = (await _docker.Images.InspectImageAsync(run.Image, cancellationToken)).ID;
        }
        catch (DockerApiException e)
        {
            // A missing image fails the run's own create as it would without a pool.
            _logger.LogDebug(e, "Warm pool cannot resolve {Image}", run.Image);
            return null;
        }

        string? taken = null;
        var stale = new List<string>();
        lock (_lock)
        {
            if (_stopped)
            {
                return null;
            }

            if (!_specs.TryGetValue(key, out var spec))
            {
                spec = new Spec(template);
                _specs.Add(key, spec);
            }

            var now = _time.GetUtcNow();
            while (taken is null && spec.Idle.TryDequeue(out var idle))
            {
                if (idle.ImageId == imageId && now - idle.CreatedAt < IdleExpiry)
                {
                    taken = idle.Id;
                }
                else
                {
                    stale.Add(idle.Id);
                }
            }

            Interlocked.Increment(ref taken is null ? ref _misses : ref _hits);
            RefillLocked(spec);
            if (!_sweeping)
            {
                _sweeping = true;
                StartBackground(SweepAsync);
            }
        }

        foreach (var id in stale)
        {
            StartBackground(() => RemoveAsync(id));
        }

        return taken;
    }

    /// <summary>Removes a container the pool created; gone already is fine.</summary>
    public async Task RemoveAsync(string id)
    {
        try
        {
            await _docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, CancellationToken.None);
        }
        catch (DockerContainerNotFoundException)
        {
            // Removed behind our back: nothing left to do.
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Could not remove warm-pool container {Container}", id);
        }
    }

    /// <summary>Stops refilling, waits for creations in flight and removes every idle container.</summary>
    public async ValueTask DisposeAsync()
    {
        List<string> idle;
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            idle = [.. _specs.Values.SelectMany(s => s.Idle.Select(i => i.Id))];
            foreach (var spec in _specs.Values)
            {
                spec.Idle.Clear();
            }
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(idle.Select(RemoveAsync));
        while (true)
        {
            Task[] pending;
            lock (_lock)
            {
                pending = [.. _background];
            }

            if (pending.Length == 0)
            {
                break;
            }

            // Background work never throws; creations in flight remove what they made once they see _stopped.
            await Task.WhenAll(pending);
        }

        _stopping.Dispose();
        _creations.Dispose();
    }

    /// <summary>For containers disposed synchronously (a host's Dispose): the same drain, waited for.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private void RefillLocked(Spec spec)
    {
        var missing = PerSpec - spec.Idle.Count - spec.Creating;
        for (var i = 0; i < missing; i++)
        {
            spec.Creating++;
            StartBackground(() => CreateAsync(spec));
        }
    }

    /// <summary>Starts background work that is waited for on dispose; it must not throw.</summary>
    private void StartBackground(Func<Task> work)
    {
        var task = Task.Run(work, CancellationToken.None);
        lock (_lock)
        {
            _background.Add(task);
        }

        _ = task.ContinueWith(
            t =>
            {
                lock (_lock)
                {
                    _background.Remove(t);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task CreateAsync(Spec spec)
    {
        try
        {
            await _creations.WaitAsync(_stopping.Token);
            try
            {
                var imageId = (await _docker.Images.InspectImageAsync(spec.Template.Image, _stopping.Token)).ID;
                var parameters = DockerSandbox.CreateParameters(spec.Template, _options);
                // By id: the container is of the build that was checked, even if the tag moves meanwhile.
                parameters.Image = imageId;
                parameters.Labels[PoolLabel] = "1";
                // Not cancellable: a create abandoned mid-request can still leave a container behind.
                var created = await _docker.Containers.CreateContainerAsync(parameters, CancellationToken.None);
                bool keep;
                lock (_lock)
                {
                    keep = !_stopped;
                    if (keep)
                    {
                        spec.Idle.Enqueue(new Idle(created.ID, imageId, _time.GetUtcNow()));
                    }
                }

                if (!keep)
                {
                    await RemoveAsync(created.ID);
                }
            }
            finally
            {
                _creations.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: nothing was created.
        }
        catch (Exception e)
        {
            // The run that triggered this has its own container; the next take tries again.
            _logger.LogWarning(e, "Warm pool could not create a container of {Image}", spec.Template.Image);
        }
        finally
        {
            lock (_lock)
            {
                spec.Creating--;
            }
        }
    }

    /// <summary>Removes idle containers past their expiry, so a spec that stopped recurring gives its disk back.</summary>
    private async Task SweepAsync()
    {
        var period = TimeSpan.FromSeconds(Math.Clamp(_options.WarmPool.IdleSeconds / 2.0, 1, 60));
        using var timer = new PeriodicTimer(period, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                var expired = new List<string>();
                lock (_lock)
                {
                    var now = _time.GetUtcNow();
                    foreach (var spec in _specs.Values)
                    {
                        while (spec.Idle.TryPeek(out var oldest) && now - oldest.CreatedAt >= IdleExpiry)
                        {
                            expired.Add(spec.Idle.Dequeue().Id);
                        }
                    }
                }

                await Task.WhenAll(expired.Select(RemoveAsync));
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    /// <summary>The exact create parameters, hashed: two runs share pooled containers only if every field is equal.</summary>
    private static string KeyOf(CreateContainerParameters parameters) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parameters))));

    private sealed class Spec(SandboxRun template)
    {
        public SandboxRun Template { get; } = template;

        /// <summary>Oldest first, so expiry only looks at the head.</summary>
        public Queue<Idle> Idle { get; } = new();

        public int Creating { get; set; }
    }

    private sealed record Idle(string Id, string ImageId, DateTimeOffset CreatedAt);
}
