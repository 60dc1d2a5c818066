// complexity: O(n)
// Prefix sums in 64 bits, two lookups per query.
class Solution
{
    public long[] solution(int[] a, int[][] queries)
    {
        var prefix = new long[a.Length + 1];
        for (var i = 0; i < a.Length; i++) prefix[i + 1] = prefix[i] + a[i];
        var result = new long[queries.Length];
        for (var q = 0; q < queries.Length; q++) result[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
        return result;
    }
}
