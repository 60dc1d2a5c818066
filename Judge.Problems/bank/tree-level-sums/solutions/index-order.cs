// Bug on purpose: computes depths in one pass in index order, assuming every parent has a smaller
// number than its children (true for node 0 as root with parents listed first, false in general).
class Solution
{
    public long[] solution(int[] parent, int[] value)
    {
        var n = parent.Length;
        var depth = new int[n];
        var height = 0;
        for (var i = 0; i < n; i++)
        {
            depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
            height = System.Math.Max(height, depth[i]);
        }

        var sums = new long[height + 1];
        for (var i = 0; i < n; i++)
        {
            sums[depth[i]] += value[i];
        }

        return sums;
    }
}
