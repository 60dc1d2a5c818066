// expect: TIMEOUT — spins forever inside solution; the CPU limit (and the wall-clock watchdog) stop it with TIMEOUT.
using System;

class Solution
{
    public long solution(int[] a)
    {
        long x = 0;
        while (true)
        {
            x += a.Length;
        }
    }
}
