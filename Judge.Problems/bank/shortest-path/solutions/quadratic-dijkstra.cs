// Correct but O(n^2): Dijkstra without a heap, scanning every node for the closest unsettled one.
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

        var dist = new long[n];
        Array.Fill(dist, long.MaxValue);
        var done = new bool[n];
        dist[source] = 0;
        while (true)
        {
            var u = -1;
            for (var i = 0; i < n; i++)
            {
                if (!done[i] && dist[i] != long.MaxValue && (u == -1 || dist[i] < dist[u]))
                {
                    u = i;
                }
            }
            if (u == -1)
            {
                return -1;
            }
            if (u == target)
            {
                return dist[u];
            }
            done[u] = true;
            foreach (var (v, w) in adj[u])
            {
                if (dist[u] + w < dist[v])
                {
                    dist[v] = dist[u] + w;
                }
            }
        }
    }
}
