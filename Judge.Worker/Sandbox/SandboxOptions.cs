using Docker.DotNet;

namespace Judge.Worker.Sandbox;

/// <summary>How the worker reaches Docker and the limits every sandbox container gets.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The daemon here speaks at most API 1.41 (Docker 20.10); the client must not ask for more.</summary>
    public const string DefaultApiVersion = "1.41";

    public string DockerEndpoint { get; set; } = "unix:///var/run/docker.sock";

    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>Images are named judge-sandbox-&lt;image&gt;:&lt;tag&gt;; deploy/images/build.sh tags the newest build "current".</summary>
    public string ImageTag { get; set; } = "current";

    /// <summary>The full name of a sandbox image: judge-sandbox-&lt;name&gt;:&lt;tag&gt;.</summary>
    public string ImageFor(string name) => $"judge-sandbox-{name}:{ImageTag}";

    /// <summary>One CPU: a submission cannot starve the worker or a neighbouring sandbox.</summary>
    public long NanoCpus { get; set; } = 1_000_000_000;

    /// <summary>Enough for runtimes' own threads (dotnet starts ~15), too few for a fork bomb to matter.</summary>
    public long PidsLimit { get; set; } = 64;

    /// <summary>Scratch space for the candidate; tmpfs counts against the memory limit.</summary>
    public int TmpfsMb { get; set; } = 64;

    /// <summary>Result records of one run; large results (10^5 longs) stay well below it.</summary>
    public int StdoutCapBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// What the candidate prints; past this the run ends with OUTPUT_LIMIT. Docker's attach stream moves
    /// small writes at under 1 MB/s here, so a larger cap only lets a print loop hold a worker longer.
    /// </summary>
    public int StderrCapBytes { get; set; } = 256 * 1024;

    /// <summary>Start-up of the runtime and the candidate's module-level code, before the first test.</summary>
    public int StartupTimeoutMs { get; set; } = 10_000;

    /// <summary>How often a worker looks for containers of dead workers (<see cref="OrphanContainerReaper"/>).</summary>
    public int ReapIntervalSeconds { get; set; } = 30;

    /// <summary>A container owned on another host is an orphan only after this long: no run lasts so long.</summary>
    public int OrphanAgeMinutes { get; set; } = 30;

    /// <summary>Containers created ahead of their runs (Sandbox:WarmPool:*).</summary>
    public WarmPoolOptions WarmPool { get; set; } = new();

    /// <summary>A client for these options. The daemon here speaks at most API 1.41; without a pinned version the client asks for newer ones.</summary>
    public IDockerClient CreateDockerClient() =>
        new DockerClientBuilder().WithEndpoint(new Uri(DockerEndpoint)).WithApiVersion(Version.Parse(ApiVersion)).Build();
}

/// <summary>The warm pool: created, never started, single-use containers kept per creation spec.</summary>
public sealed class WarmPoolOptions
{
    public const int DefaultPerSpec = 2;
    public const int DefaultIdleSeconds = 900;
    public const int DefaultConcurrency = 1;

    /// <summary>Idle containers kept per distinct creation spec (image, command, memory, environment, mounts); 0 turns the pool off.</summary>
    public int PerSpec { get; set; } = DefaultPerSpec;

    /// <summary>An idle container older than this is removed: a spec that stopped recurring does not hold disk forever.</summary>
    public int IdleSeconds { get; set; } = DefaultIdleSeconds;

    /// <summary>Background creations at once: refills must not crowd the daemon while runs start on 2 cores.</summary>
    public int Concurrency { get; set; } = DefaultConcurrency;
}
