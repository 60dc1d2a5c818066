// Bug on purpose: elapsed * refillPerSecond is computed in 64 bits and wraps around after a long
// pause at a high rate, so the bucket can come out empty (or negative) instead of full.
class Solution
{
    public bool[] solution(int capacity, int refillPerSecond, long[] timestampsMs)
    {
        long full = capacity * 1000L;
        long units = full;
        long last = timestampsMs[0];
        var allowed = new bool[timestampsMs.Length];
        for (var i = 0; i < timestampsMs.Length; i++)
        {
            units = System.Math.Min(full, units + (timestampsMs[i] - last) * refillPerSecond);
            last = timestampsMs[i];
            if (units >= 1000)
            {
                units -= 1000;
                allowed[i] = true;
            }
        }

        return allowed;
    }
}
