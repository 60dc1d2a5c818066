using System.Text.Json;

namespace Judge.Worker.Sandbox;

/// <summary>
/// The seccomp profile of every sandbox container (seccomp.json beside this file): Docker's default
/// allowlist for a container without capabilities, minus the io_uring syscalls Docker 20.10 still allows
/// and ptrace (the group runner and tini run as the candidate's user).
/// </summary>
public static class SeccompProfile
{
    /// <summary>The profile as compact JSON, the form the Engine API takes in <c>SecurityOpt</c> ("seccomp=&lt;json&gt;").</summary>
    public static string Json { get; } = Load();

    /// <summary>Every syscall name the profile allows unconditionally.</summary>
    public static IReadOnlySet<string> Allowed { get; } = AllowedNames(Json);

    private static string Load()
    {
        using var stream = typeof(SeccompProfile).Assembly.GetManifestResourceStream("sandbox/seccomp.json")
            ?? throw new InvalidOperationException("the seccomp profile is not embedded in the worker");
        using var document = JsonDocument.Parse(stream);
        return JsonSerializer.Serialize(document.RootElement);
    }

    private static HashSet<string> AllowedNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("syscalls").EnumerateArray()
            .Where(rule => rule.GetProperty("action").GetString() == "SCMP_ACT_ALLOW" && !rule.TryGetProperty("args", out _) && !rule.TryGetProperty("includes", out _))
            .SelectMany(rule => rule.GetProperty("names").EnumerateArray().Select(name => name.GetString()!))
            .ToHashSet(StringComparer.Ordinal);
    }
}
