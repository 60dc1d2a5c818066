// Bug on purpose: treats every road as one-way from u to v (the graph is undirected).
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
        }

        var dist = new long[n];
        Array.Fill(dist, long.MaxValue);
        dist[source] = 0;
        var queue = new PriorityQueue<int, long>();
        queue.Enqueue(source, 0);
        while (queue.TryDequeue(out var u, out var d))
        {
            if (d > dist[u])
            {
                continue;
            }
            foreach (var (v, w) in adj[u])
            {
                if (d + w < dist[v])
                {
                    dist[v] = d + w;
                    queue.Enqueue(v, d + w);
                }
            }
        }

        return dist[target] == long.MaxValue ? -1 : dist[target];
    }
}
