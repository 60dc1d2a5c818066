using System.Globalization;

namespace Judge.Worker.Sandbox;

/// <summary>
/// Names a process so that another process can tell later whether it still runs: host, pid and the
/// pid's start time (in clock ticks since boot, from /proc). The start time tells a restarted worker
/// from its dead predecessor when both got the same pid, as in a container where the worker is pid 1.
/// </summary>
public static class ProcessIdentity
{
    /// <summary>This process: "host:pid:start".</summary>
    public static readonly string Current = Format(Environment.MachineName, Environment.ProcessId, StartTicks(Environment.ProcessId) ?? 0);

    public static string Format(string host, int pid, long startTicks) => string.Create(CultureInfo.InvariantCulture, $"{host}:{pid}:{startTicks}");

    /// <summary>
    /// True when the named process runs, false when it is gone (same host, and the pid is free or
    /// belongs to a later process), null when this process cannot tell (another host, or a name it cannot read).
    /// </summary>
    public static bool? IsAlive(string identity)
    {
        var parts = identity.Split(':');
        if (parts.Length != 3 || parts[0] != Environment.MachineName
            || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return StartTicks(pid) == start;
    }

    /// <summary>Field 22 of /proc/&lt;pid&gt;/stat; null when there is no such process.</summary>
    public static long? StartTicks(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count from the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields.Length > 19 && long.TryParse(fields[19], CultureInfo.InvariantCulture, out var ticks) ? ticks : null;
    }
}
