// complexity: O(n log n)
// A Fenwick tree built by n point updates; each query is two prefix sums of O(log n).
class Solution {
    public long[] solution(int[] a, int[][] queries) {
        int n = a.length;
        long[] tree = new long[n + 1];
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j <= n; j += j & -j) tree[j] += a[i];
        long[] result = new long[queries.length];
        for (int q = 0; q < queries.length; q++)
            result[q] = prefix(tree, queries[q][1] + 1) - prefix(tree, queries[q][0]);
        return result;
    }

    private static long prefix(long[] tree, int k) {
        long s = 0;
        for (; k > 0; k -= k & -k) s += tree[k];
        return s;
    }
}
