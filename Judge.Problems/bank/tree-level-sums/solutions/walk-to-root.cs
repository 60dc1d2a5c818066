// Correct but O(N·H), O(N^2) on a path: finds every node's depth by walking up to the root.
class Solution
{
    public long[] solution(int[] parent, int[] value)
    {
        var n = parent.Length;
        var depth = new int[n];
        var height = 0;
        for (var i = 0; i < n; i++)
        {
            var d = 0;
            for (var v = i; parent[v] >= 0; v = parent[v])
            {
                d++;
            }

            depth[i] = d;
            height = System.Math.Max(height, d);
        }

        var sums = new long[height + 1];
        for (var i = 0; i < n; i++)
        {
            sums[depth[i]] += value[i];
        }

        return sums;
    }
}
