class Solution
{
    // Dijkstra with a binary heap and lazy deletion over a compact (CSR) adjacency list:
    // O((n + m) log m) time, O(n + m) memory. Distances are 64-bit: a route can cost ~1e14.
    public long solution(int n, int[][] edges, int source, int target)
    {
        if (source == target)
        {
            return 0;
        }

        var start = new int[n + 1];
        foreach (var e in edges)
        {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var to = new int[2 * edges.Length];
        var cost = new int[2 * edges.Length];
        foreach (var e in edges)
        {
            to[fill[e[0]]] = e[1];
            cost[fill[e[0]]++] = e[2];
            to[fill[e[1]]] = e[0];
            cost[fill[e[1]]++] = e[2];
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
                continue; // a stale entry: u was settled with a smaller distance already
            }
            if (u == target)
            {
                return d;
            }
            for (var k = start[u]; k < start[u + 1]; k++)
            {
                var nd = d + cost[k];
                if (nd < dist[to[k]])
                {
                    dist[to[k]] = nd;
                    queue.Enqueue(to[k], nd);
                }
            }
        }

        return -1;
    }
}
