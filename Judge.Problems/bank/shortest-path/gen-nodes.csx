// Inputs for the complexity probe's second sweep: N nodes and a fixed 100 edges (the size is n; the
// main generator, gen.csx, grows the edges with the nodes at n = edges / 2). The edges form a random
// connected graph on the first min(N, 101) nodes (a random spanning tree, then random extra edges,
// self-loops and parallel edges allowed), weights 0..1e9; further nodes are isolated. Labels are
// shuffled, each edge's two ends come in random order, and source and target are two distinct nodes
// of the connected part, so the work on edges stays the same at every N and only per-node work grows.
// Seeds 1-99: the family above (the only one: any seed gives it).
const int Edges = 100;
const int MaxW = 1_000_000_000;
var n = Math.Max(2, N);
var linked = Math.Min(n, Edges + 1);
var perm = Enumerable.Range(0, n).ToArray();
for (var i = n - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (perm[i], perm[j]) = (perm[j], perm[i]);
}

var edges = new List<int[]>(Edges);
void Add(int u, int v, int w) =>
    edges.Add(Random.Next(2) == 0 ? new[] { perm[u], perm[v], w } : new[] { perm[v], perm[u], w });

for (var i = 1; i < linked; i++)
{
    Add(i, Random.Next(i), Random.Next(0, MaxW + 1));
}
while (edges.Count < Edges)
{
    Add(Random.Next(linked), Random.Next(linked), Random.Next(0, MaxW + 1));
}

var source = Random.Next(linked);
var target = (source + 1 + Random.Next(linked - 1)) % linked;

// Shuffle the edge order so that input order says nothing about the answer.
var arr = edges.ToArray();
for (var i = arr.Length - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (arr[i], arr[j]) = (arr[j], arr[i]);
}
return new object[] { n, arr, perm[source], perm[target] };
