class Solution
{
    // Children lists in one flat array (counting sort by parent), then breadth-first from the root,
    // one level at a time. O(N) time and memory; sums are 64-bit.
    public long[] solution(int[] parent, int[] value)
    {
        var n = parent.Length;
        var start = new int[n + 1];
        var root = -1;
        for (var i = 0; i < n; i++)
        {
            if (parent[i] < 0) root = i;
            else start[parent[i] + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var children = new int[n];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            if (parent[i] >= 0) children[fill[parent[i]]++] = i;
        }

        var sums = new List<long>();
        var queue = new int[n];
        queue[0] = root;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var levelEnd = tail;
            long sum = 0;
            for (; head < levelEnd; head++)
            {
                var node = queue[head];
                sum += value[node];
                for (var c = start[node]; c < start[node + 1]; c++)
                {
                    queue[tail++] = children[c];
                }
            }

            sums.Add(sum);
        }

        return sums.ToArray();
    }
}
