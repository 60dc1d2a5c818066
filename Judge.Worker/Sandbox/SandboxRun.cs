namespace Judge.Worker.Sandbox;

/// <summary>One program to run in a fresh container: image, command, files for /sandbox, stdin.</summary>
public sealed record SandboxRun
{
    public required string Image { get; init; }

    public required IReadOnlyList<string> Command { get; init; }

    /// <summary>Files copied into /sandbox (read-only for the candidate) as a tar archive before start.</summary>
    public required IReadOnlyDictionary<string, byte[]> Files { get; init; }

    /// <summary>Written to the program's stdin after start; carries the nonce, so it never touches disk.</summary>
    public required byte[] Stdin { get; init; }

    public required int MemoryMb { get; init; }

    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>Host paths mounted read-only at the same path (language runtimes only).</summary>
    public IReadOnlyList<string> ReadOnlyMounts { get; init; } = [];

    /// <summary>Names among <see cref="Files"/> copied in executable (0555), e.g. a compiled C++ program.</summary>
    public IReadOnlyCollection<string> Executables { get; init; } = [];

    /// <summary>The wall-clock allowance from start until the caller first re-arms the watchdog; null: the configured start-up timeout.</summary>
    public TimeSpan? StartupTimeout { get; init; }
}

/// <summary>What happened to the container, as seen from outside it.</summary>
public sealed record SandboxOutcome
{
    public long ExitCode { get; init; }

    /// <summary>From the container's state, inspected before removal; never inferred from the exit code.</summary>
    public bool OomKilled { get; init; }

    /// <summary>The host-side watchdog killed it (the wall clock ran out).</summary>
    public bool TimedOut { get; init; }

    /// <summary>"stdout" or "stderr" when that stream passed its cap; the container was killed.</summary>
    public string? OutputLimitStream { get; init; }

    /// <summary>The start of what the candidate printed (stderr), for display.</summary>
    public string StderrHead { get; init; } = string.Empty;

    public TimeSpan Wall { get; init; }

    /// <summary>The container the program ran in (removed by now).</summary>
    public string ContainerId { get; init; } = string.Empty;

    /// <summary>The container came from the warm pool (created before the run was asked for).</summary>
    public bool FromPool { get; init; }
}
