class Solution
{
    // Counts the bucket in thousandths of a token: it holds at most capacity * 1000 units, gains
    // refillPerSecond units per millisecond, and an allowed request takes 1000 units. O(N).
    public bool[] solution(int capacity, int refillPerSecond, long[] timestampsMs)
    {
        long full = capacity * 1000L;
        long units = full;
        long last = timestampsMs[0];
        var allowed = new bool[timestampsMs.Length];
        for (var i = 0; i < timestampsMs.Length; i++)
        {
            var elapsed = timestampsMs[i] - last;
            last = timestampsMs[i];

            // elapsed * refillPerSecond can exceed 2^63 after a long pause: compare against the time
            // the bucket needs to fill up instead, and multiply only when the product stays small.
            var missing = full - units;
            var toFill = (missing + refillPerSecond - 1) / refillPerSecond;
            units = elapsed >= toFill ? full : units + elapsed * refillPerSecond;

            if (units >= 1000)
            {
                units -= 1000;
                allowed[i] = true;
            }
        }

        return allowed;
    }
}
