// expect: OK — creates files in /etc, /usr/bin, / and /sandbox and opens every file under /sandbox (its own assembly and the test inputs) for appending; the root and /sandbox are read-only, so all fail and the sum is returned.
using System;
using System.IO;

class Solution
{
    private static readonly string[] NewFiles = new[] { "/etc/judge-attack", "/usr/bin/judge-attack", "/judge-attack", "/sandbox/judge-attack", "/sandbox/tests/judge-attack" };
    private static readonly string[] Existing = new[] { "/etc/passwd", "/etc/hosts" };

    private static bool CanCreate(string path)
    {
        try
        {
            using (new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
            }
        }
        catch (Exception)
        {
            return false; // UnauthorizedAccessException / IOException (read-only file system): blocked
        }

        try
        {
            File.Delete(path);
        }
        catch (Exception)
        {
            // leave it: the breach is already counted
        }

        return true;
    }

    private static bool CanAppend(string path)
    {
        try
        {
            // Opened, never written: nothing changes even on a breach.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    public long solution(int[] a)
    {
        foreach (var p in NewFiles) if (CanCreate(p)) return -424242;
        foreach (var p in Existing) if (CanAppend(p)) return -424242;
        string[] sandbox;
        try
        {
            sandbox = Directory.GetFiles("/sandbox", "*", SearchOption.AllDirectories);
        }
        catch (Exception)
        {
            sandbox = Array.Empty<string>();
        }

        foreach (var p in sandbox) if (CanAppend(p)) return -424242;
        long sum = 0;
        foreach (var x in a) sum += x;
        return sum;
    }
}
