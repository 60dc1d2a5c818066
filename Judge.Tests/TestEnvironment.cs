using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Worker;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests;

/// <summary>
/// What tests that need real parts check first. A missing part fails the test with how to get
/// it; nothing is skipped, so a run without Docker can never look green.
/// </summary>
public static class TestEnvironment
{
    public const string PostgresImage = "judge-postgres:current";

    private const string HowTo = "Run deploy/test.sh: it installs docker.io and debootstrap, starts dockerd and builds the images.";

    static TestEnvironment()
    {
        // Facts of this machine (design.md): Docker 20.10 speaks API 1.41 at most; Ryuk is not available.
        Environment.SetEnvironmentVariable("DOCKER_API_VERSION", Environment.GetEnvironmentVariable("DOCKER_API_VERSION") ?? "1.41");
        Environment.SetEnvironmentVariable("TESTCONTAINERS_RYUK_DISABLED", "true");
    }

    /// <summary>Fails unless the Docker daemon answers and the sandbox images exist.</summary>
    public static async Task RequireSandboxAsync()
    {
        await using var engine = WorkerHost.BuildEngine();
        var reason = await engine.GetRequiredService<SandboxPreflight>().CheckAsync(Core.Judging.LanguageNames.JudgedImages, CancellationToken.None);
        if (reason is not null)
        {
            Assert.Fail($"{reason}. {HowTo}");
        }
    }

    /// <summary>Fails unless the locally built Postgres image for Testcontainers exists.</summary>
    public static async Task RequirePostgresImageAsync()
    {
        using var docker = Docker();
        try
        {
            await docker.Images.InspectImageAsync(PostgresImage);
        }
        catch (DockerImageNotFoundException)
        {
            Assert.Fail($"image {PostgresImage} is missing (no registry is reachable, so it is built locally). {HowTo}");
        }
    }

    /// <summary>A Docker client configured as the worker's defaults configure it.</summary>
    public static IDockerClient Docker() => new SandboxOptions().CreateDockerClient();

    /// <summary>
    /// Sandbox containers of this test process (its in-process worker and engines) that exist right
    /// now, running or not: after judging there must be none. Other processes' containers (another
    /// test run on the same daemon) are not counted; deploy/test.sh checks the whole daemon at the end.
    /// Idle warm-pool containers (label judge.pool, never started) are not a run's leftovers and are not
    /// counted; a pooled container that was started is, and the pool's own tests count the idle ones.
    /// </summary>
    public static async Task<IList<ContainerListResponse>> SandboxContainersAsync() =>
        [.. (await OwnContainersAsync(DockerSandbox.Label)).Where(c => !(c.Labels.ContainsKey(WarmContainerPool.PoolLabel) && c.State == "created"))];

    /// <summary>Warm-pool containers of this test process, idle or not.</summary>
    public static Task<IList<ContainerListResponse>> PooledContainersAsync() => OwnContainersAsync(WarmContainerPool.PoolLabel);

    private static async Task<IList<ContainerListResponse>> OwnContainersAsync(string label)
    {
        using var docker = Docker();
        return await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [label] = true, [$"{DockerSandbox.OwnerLabel}={DockerSandbox.Owner}"] = true },
            },
        });
    }

    /// <summary>A candidate program from Submissions/&lt;problem&gt;/ beside the test binaries.</summary>
    public static string SubmissionPath(string problem, string file) =>
        Path.Combine(AppContext.BaseDirectory, "Submissions", problem, file);
}
