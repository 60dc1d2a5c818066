// Bug on purpose: adds up each level in 32-bit ints, which overflow when a level sum passes 2^31 - 1.
class Solution
{
    public long[] solution(int[] parent, int[] value)
    {
        var n = parent.Length;
        var children = new List<int>[n];
        var root = 0;
        for (var i = 0; i < n; i++)
        {
            children[i] = new List<int>();
        }

        for (var i = 0; i < n; i++)
        {
            if (parent[i] < 0) root = i;
            else children[parent[i]].Add(i);
        }

        var result = new List<long>();
        var level = new List<int> { root };
        while (level.Count > 0)
        {
            var sum = 0;
            var next = new List<int>();
            foreach (var node in level)
            {
                sum += value[node];
                next.AddRange(children[node]);
            }

            result.Add(sum);
            level = next;
        }

        return result.ToArray();
    }
}
