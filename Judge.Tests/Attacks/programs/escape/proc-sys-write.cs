// expect: OK — opens /proc/sys/kernel/hostname and /proc/sysrq-trigger (and other kernel knobs) for writing, writing nothing; /proc/sys is read-only and the files are root's, so every open fails and the sum is returned.
using System;
using System.IO;

class Solution
{
    // Opened for writing only, never written: even a breach changes nothing on the host.
    private static readonly string[] Targets = new[]
    {
        "/proc/sys/kernel/hostname",
        "/proc/sysrq-trigger",
        "/proc/sys/kernel/core_pattern",
        "/proc/sys/vm/drop_caches",
    };

    private static bool CanOpenForWrite(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return true;
        }
        catch (Exception)
        {
            return false; // UnauthorizedAccessException / IOException (EROFS, EACCES)
        }
    }

    public long solution(int[] a)
    {
        long sum = 0;
        foreach (var x in a) sum += x;
        foreach (var path in Targets)
        {
            if (CanOpenForWrite(path)) return -424242;
        }

        return sum;
    }
}
