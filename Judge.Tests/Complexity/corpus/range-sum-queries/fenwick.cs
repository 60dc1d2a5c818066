// complexity: O(n log n)
// A Fenwick tree built by n point updates; each query is two prefix sums of O(log n).
class Solution
{
    public long[] solution(int[] a, int[][] queries)
    {
        var n = a.Length;
        var tree = new long[n + 1];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j <= n; j += j & -j) tree[j] += a[i];
        long Prefix(int k) { long s = 0; for (; k > 0; k -= k & -k) s += tree[k]; return s; }
        var result = new long[queries.Length];
        for (var q = 0; q < queries.Length; q++) result[q] = Prefix(queries[q][1] + 1) - Prefix(queries[q][0]);
        return result;
    }
}
