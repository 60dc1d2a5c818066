// Bug on purpose: the pair count is kept in an int; with many equal values it exceeds 2^31 - 1
// (100 000 equal values give 4 999 950 000 pairs) and wraps.
class Solution
{
    public long solution(int[] a, int target)
    {
        var seen = new Dictionary<long, int>();
        int pairs = 0;
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
