using Docker.DotNet.Models;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Judge.Tests.Sandbox;

/// <summary>
/// The reaper against the real daemon: it removes what a dead worker of this host left, and never a
/// container of a live worker, of this worker's runs, or of another host before it is old.
/// </summary>
[TestFixture]
public sealed class OrphanContainerReaperTests
{
    private readonly List<string> _created = [];

    [OneTimeSetUp]
    public Task RequireDockerAsync() => TestEnvironment.RequireSandboxAsync();

    [TearDown]
    public async Task RemoveAsync()
    {
        using var docker = TestEnvironment.Docker();
        foreach (var id in _created)
        {
            try
            {
                await docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });
            }
            catch (Docker.DotNet.DockerContainerNotFoundException)
            {
                // Reaped, as intended.
            }
        }

        _created.Clear();
    }

    [Test]
    public async Task Reap_RemovesContainersOfDeadWorkersOfThisHost_AndKeepsTheRest()
    {
        using var docker = TestEnvironment.Docker();
        // A pid that is free (above the kernel's pid_max) and a start time no process had: a dead worker.
        var dead = await CreateAsync(docker, ProcessIdentity.Format(Environment.MachineName, 4_194_305, 1));
        // This host, the pid of this process but another start time: a previous worker with a reused pid.
        var reusedPid = await CreateAsync(docker, ProcessIdentity.Format(Environment.MachineName, Environment.ProcessId, 1));
        var elsewhere = await CreateAsync(docker, ProcessIdentity.Format("another-host", 42, 7));
        var mine = await CreateAsync(docker, DockerSandbox.Owner);
        var reaper = new OrphanContainerReaper(docker, Sandbox(docker),
            Options.Create(new SandboxOptions()), TimeProvider.System, NullLogger<OrphanContainerReaper>.Instance);

        var removed = await reaper.ReapAsync(CancellationToken.None);

        Assert.That(removed, Does.Contain(dead).And.Contain(reusedPid), "a dead worker's containers are removed");
        Assert.That(removed, Does.Not.Contain(elsewhere), "another host's young container is not this worker's to judge");
        Assert.That(removed, Does.Not.Contain(mine), "this worker's container of a moment ago may be a run that has just begun");
        var left = await docker.Containers.ListContainersAsync(new ContainersListParameters { All = true });
        Assert.That(left.Select(c => c.ID), Does.Not.Contain(dead).And.Contain(elsewhere).And.Contain(mine));
    }

    [Test]
    public async Task Reap_RemovesAnotherHostsContainer_OnceOlderThanAnyRun()
    {
        using var docker = TestEnvironment.Docker();
        var elsewhere = await CreateAsync(docker, ProcessIdentity.Format("another-host", 42, 7));
        var later = new ShiftedTime(TimeSpan.FromMinutes(new SandboxOptions().OrphanAgeMinutes + 1));
        var reaper = new OrphanContainerReaper(docker, Sandbox(docker),
            Options.Create(new SandboxOptions()), later, NullLogger<OrphanContainerReaper>.Instance);

        var removed = await reaper.ReapAsync(CancellationToken.None);

        Assert.That(removed, Does.Contain(elsewhere));
    }

    [Test]
    public void ProcessIdentity_TellsThisProcessAliveAndAnEndedOneGone()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ProcessIdentity.IsAlive(ProcessIdentity.Current), Is.True);
            Assert.That(ProcessIdentity.IsAlive(ProcessIdentity.Format(Environment.MachineName, Environment.ProcessId, 1)), Is.False, "same pid, other start: a predecessor");
            Assert.That(ProcessIdentity.IsAlive(ProcessIdentity.Format("another-host", Environment.ProcessId, 1)), Is.Null, "another host cannot be checked from here");
            Assert.That(ProcessIdentity.IsAlive("host:12"), Is.Null, "an owner in another format is not guessed at");
        });
    }

    private static DockerSandbox Sandbox(Docker.DotNet.IDockerClient docker) =>
        new(docker, Options.Create(new SandboxOptions()), new WarmContainerPool(docker, Options.Create(new SandboxOptions()), NullLogger<WarmContainerPool>.Instance, TimeProvider.System), NullLogger<DockerSandbox>.Instance);

    private async Task<string> CreateAsync(Docker.DotNet.IDockerClient docker, string owner)
    {
        var created = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = "judge-sandbox-python:current",
            Cmd = ["true"],
            Labels = new Dictionary<string, string> { [DockerSandbox.Label] = "1", [DockerSandbox.OwnerLabel] = owner },
            HostConfig = new HostConfig { NetworkMode = "none" },
        });
        _created.Add(created.ID);
        return created.ID;
    }

    private sealed class ShiftedTime(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;
    }
}
