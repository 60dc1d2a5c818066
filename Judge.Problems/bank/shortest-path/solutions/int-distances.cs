// Bug on purpose: distances kept in 32-bit ints, so a route costing more than 2^31 - 1 wraps around.
class Solution
{
    public long solution(int n, int[][] edges, int source, int target)
    {
        var adj = new List<(int To, int W)>[n];
        for (var i = 0; i < n; i++)
        {
            adj[i] = new List<(int, int)>();
        }
        foreach (var e in edges)
        {
            adj[e[0]].Add((e[1], e[2]));
            adj[e[1]].Add((e[0], e[2]));
        }

        var dist = new int[n];
        Array.Fill(dist, int.MaxValue);
        dist[source] = 0;
        var queue = new PriorityQueue<int, int>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (d > dist[u])
            {
                continue;
            }
            foreach (var (v, w) in adj[u])
            {
                var nd = d + w;
                if (nd < dist[v])
                {
                    dist[v] = nd;
                    queue.Enqueue(v, nd);
                }
            }
        }

        return dist[target] == int.MaxValue ? -1 : dist[target];
    }
}
