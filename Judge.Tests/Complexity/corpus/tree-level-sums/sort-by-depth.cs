// complexity: O(n log n)
// Depth of every node (iteratively, memoised), then nodes sorted by depth and summed level by level.
class Solution
{
    public long[] solution(int[] parent, int[] value)
    {
        var n = parent.Length;
        var depth = new int[n];
        System.Array.Fill(depth, -1);
        var stack = new System.Collections.Generic.Stack<int>();
        for (var v = 0; v < n; v++)
        {
            var u = v;
            while (u >= 0 && depth[u] < 0) { stack.Push(u); u = parent[u]; }
            var d = u < 0 ? -1 : depth[u];
            while (stack.Count > 0) depth[stack.Pop()] = ++d;
        }
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        System.Array.Sort((int[])depth.Clone(), order);
        var sums = new System.Collections.Generic.List<long>();
        foreach (var v in order)
        {
            if (depth[v] == sums.Count) sums.Add(0);
            sums[depth[v]] += value[v];
        }
        return sums.ToArray();
    }
}
