// Bug on purpose: target - x is computed in 32 bits; near the int limits it wraps around and
// matches a value whose true sum with x is 2^32 away from the target.
class Solution
{
    public long solution(int[] a, int target)
    {
        var seen = new Dictionary<int, int>();
        long pairs = 0;
        foreach (var x in a)
        {
            if (seen.TryGetValue(target - x, out var count))
            {
                pairs += count;
            }

            seen[x] = seen.GetValueOrDefault(x) + 1;
        }

        return pairs;
    }
}
