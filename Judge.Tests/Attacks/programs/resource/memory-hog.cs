// expect: MEMORY_LIMIT — allocates and touches 16 MiB arrays without end; the 256 MB limit ends it (OutOfMemoryException or an OOM kill), never the host.
using System;
using System.Collections.Generic;

class Solution
{
    public long solution(int[] a)
    {
        const int Block = 16 << 20;
        const int CapBlocks = 64; // 1 GiB: surviving that means there was no limit
        var hoard = new List<byte[]>();
        for (var i = 0; i < CapBlocks; i++)
        {
            var b = new byte[Block];
            for (var j = 0; j < Block; j += 4096) b[j] = (byte)(i + 1); // touch every page
            hoard.Add(b);
        }

        long sum = 0;
        foreach (var x in a) sum += x;
        return sum + hoard.Count; // wrong on purpose: 1 GiB held and still alive
    }
}
