using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Removes sandbox containers that no run will remove: at start and then every
/// <see cref="SandboxOptions.ReapIntervalSeconds"/>. An orphan is a container whose worker died
/// (kill -9, OOM kill) on this host; one of this worker that is no longer part of a run (its removal
/// failed while the daemon restarted); or one owned on another host sharing the daemon, once it is
/// older than <see cref="SandboxOptions.OrphanAgeMinutes"/>, longer than any run lasts. Safe on every
/// worker at once: removing a removed container is a no-op.
/// </summary>
public sealed class OrphanContainerReaper(IDockerClient docker, DockerSandbox sandbox, IOptions<SandboxOptions> options, TimeProvider time, ILogger<OrphanContainerReaper> logger) : BackgroundService
{
    /// <summary>Longer than a create takes to return, so a run's own new container is never taken for an orphan.</summary>
    private static readonly TimeSpan OwnGrace = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.ReapIntervalSeconds), time);
        do
        {
            try
            {
                await ReapAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The daemon may be restarting; the next round tries again.
                logger.LogWarning(e, "Could not look for orphaned sandbox containers");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One round; returns the ids removed.</summary>
    public async Task<IReadOnlyList<string>> ReapAsync(CancellationToken cancellationToken)
    {
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [DockerSandbox.Label] = true } },
        }, cancellationToken);
        var now = time.GetUtcNow();
        var removed = new List<string>();
        foreach (var container in containers)
        {
            var owner = container.Labels.TryGetValue(DockerSandbox.OwnerLabel, out var o) ? o : string.Empty;
            var created = container.Created.Kind == DateTimeKind.Local ? container.Created.ToUniversalTime() : container.Created;
            var age = now - new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc));
            var orphan = owner == DockerSandbox.Owner
                // Ours: young ones may be a run or a pool refill that has not registered it yet; older ones
                // that nothing holds were left by a failed removal.
                ? age > OwnGrace && !sandbox.Holds(container.ID)
                    // Never a running one (a run holds it), nor an idle pooled one (its pool expires it).
                    && container.State != "running" && !(container.State == "created" && container.Labels.ContainsKey(WarmContainerPool.PoolLabel))
                : ProcessIdentity.IsAlive(owner) switch
                {
                    false => true,
                    true => false,
                    null => age > TimeSpan.FromMinutes(options.Value.OrphanAgeMinutes),
                };
            if (!orphan)
            {
                continue;
            }

            try
            {
                await docker.Containers.RemoveContainerAsync(container.ID, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, cancellationToken);
                removed.Add(container.ID);
                logger.LogWarning("Removed orphaned sandbox container {Container} of worker {Owner} ({State})", container.ID[..12], owner, container.State);
            }
            catch (DockerContainerNotFoundException)
            {
                // Another worker's reaper was first.
            }
        }

        return removed;
    }
}
