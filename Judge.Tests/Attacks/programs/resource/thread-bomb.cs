// expect: OK — starts sleeping threads until Thread.Start throws; the pids limit stops it, the threads are released, and the sum is still returned.
using System;
using System.Collections.Generic;
using System.Threading;

class Solution
{
    public long solution(int[] a)
    {
        long sum = 0;
        foreach (var x in a) sum += x;

        const int Cap = 5000; // far above the pids limit: reaching it means there was no limit
        var gate = new ManualResetEvent(false);
        var started = new List<Thread>();
        var refused = false;
        try
        {
            for (var i = 0; i < Cap; i++)
            {
                var t = new Thread(() => gate.WaitOne(30_000), 256 * 1024) { IsBackground = true };
                t.Start();
                started.Add(t);
            }
        }
        catch (Exception)
        {
            // OutOfMemoryException ("Thread failed to start") when pthread_create gets EAGAIN.
            refused = true;
        }

        // Let them go, so the runtime has pids again for its own threads.
        gate.Set();
        foreach (var t in started) t.Join(5000);
        return refused ? sum : -424242;
    }
}
