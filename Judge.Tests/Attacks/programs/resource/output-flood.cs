// expect: OUTPUT_LIMIT — prints to stdout without end; the output cap stops the run with OUTPUT_LIMIT instead of filling the worker.
using System;

class Solution
{
    public long solution(int[] a)
    {
        var line = new string('x', 1023);
        while (true)
        {
            Console.WriteLine(line);
        }
    }
}
