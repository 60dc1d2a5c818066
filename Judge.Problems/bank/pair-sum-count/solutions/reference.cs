class Solution
{
    // One pass with a hash map of the values seen so far: every a[j] matches each earlier
    // a[i] = target - a[j] (computed in 64 bits). O(n) expected.
    public long solution(int[] a, int target)
    {
        var seen = new Dictionary<long, int>(a.Length);
        long pairs = 0;
        foreach (var x in a)
        {
            if (seen.TryGetValue((long)target - x, out var count))
            {
                pairs += count;
            }

            seen[x] = seen.GetValueOrDefault(x) + 1;
        }

        return pairs;
    }
}
