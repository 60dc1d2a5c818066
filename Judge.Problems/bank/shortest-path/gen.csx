// Inputs for the performance groups and the complexity probe. N is the number of edges
// (the size is edges.length); the graph has max(2, N / 2) nodes, labels shuffled, and each
// edge's two ends come in random order. Seed families:
//   1-99    random connected graph: random spanning tree plus random extra edges (self-loops and
//           parallel edges happen), weights 0..1e9, source and target random
//   100-199 one long chain through every node (its cost exceeds 2^31) plus near-miss shortcuts:
//           each shortcut skips up to 50 chain roads and costs a little more than they do, so it
//           first offers a worse tentative distance that the chain improves later (many heap entries)
//   200-299 target unreachable: the source sits in a big random component, the target in a small
//           separate one (the answer is -1 after exploring the whole big component)
//   300-399 grid, weights 0..3 (many zero-cost roads and ties), corner to opposite corner;
//           edges left over become pricier parallel copies of grid roads
var m = Math.Max(0, N);
var n = Math.Max(2, m / 2);
var perm = Enumerable.Range(0, n).ToArray();
for (var i = n - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (perm[i], perm[j]) = (perm[j], perm[i]);
}

var edges = new List<int[]>(m);
void Add(int u, int v, int w)
{
    if (edges.Count < m)
    {
        edges.Add(Random.Next(2) == 0 ? new[] { perm[u], perm[v], w } : new[] { perm[v], perm[u], w });
    }
}

int source, target;
const int MaxW = 1_000_000_000;
if (Seed < 100)
{
    for (var i = 1; i < n; i++)
    {
        Add(i, Random.Next(i), Random.Next(0, MaxW + 1));
    }
    while (edges.Count < m)
    {
        Add(Random.Next(n), Random.Next(n), Random.Next(0, MaxW + 1));
    }
    source = Random.Next(n);
    target = (source + 1 + Random.Next(n - 1)) % n;
}
else if (Seed < 200)
{
    // Chain roads cost at most 19e6, so a shortcut over 50 of them stays below 1e9.
    var prefix = new long[n];
    for (var i = 1; i < n; i++)
    {
        var w = Random.Next(0, 19_000_001);
        prefix[i] = prefix[i - 1] + w;
        Add(i - 1, i, w);
    }
    while (edges.Count < m)
    {
        var a = Random.Next(n - 1);
        var b = Math.Min(n - 1, a + Random.Next(1, 51));
        Add(a, b, (int)(prefix[b] - prefix[a]) + Random.Next(1, 1001));
    }
    source = 0;
    target = n - 1;
}
else if (Seed < 300)
{
    var small = Math.Max(1, n / 100);
    var big = n - small;  // nodes 0..big-1 hold the source, big..n-1 the target
    for (var i = 1; i < big; i++)
    {
        Add(i, Random.Next(i), Random.Next(0, MaxW + 1));
    }
    for (var i = big + 1; i < n; i++)
    {
        Add(i, big + Random.Next(i - big), Random.Next(0, MaxW + 1));
    }
    while (edges.Count < m)
    {
        if (Random.Next(10) == 0)
        {
            Add(big + Random.Next(small), big + Random.Next(small), Random.Next(0, MaxW + 1));
        }
        else
        {
            Add(Random.Next(big), Random.Next(big), Random.Next(0, MaxW + 1));
        }
    }
    source = 0;
    target = n - 1 - Random.Next(small);
}
else
{
    var rows = Math.Max(1, (int)Math.Sqrt(n));
    var cols = Math.Max(1, n / rows);
    var grid = new List<int[]>();
    for (var r = 0; r < rows; r++)
    {
        for (var c = 0; c < cols; c++)
        {
            var id = (r * cols) + c;
            if (c + 1 < cols) grid.Add(new[] { id, id + 1 });
            if (r + 1 < rows) grid.Add(new[] { id, id + cols });
        }
    }
    foreach (var g in grid)
    {
        Add(g[0], g[1], Random.Next(0, 4));
    }
    while (edges.Count < m && grid.Count > 0)
    {
        var g = grid[Random.Next(grid.Count)];
        Add(g[0], g[1], Random.Next(2, 10));
    }
    while (edges.Count < m)
    {
        Add(0, 0, 0);
    }
    source = 0;
    target = (rows * cols) - 1;
}

// Shuffle the edge order so that input order says nothing about the answer.
var arr = edges.ToArray();
for (var i = arr.Length - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (arr[i], arr[j]) = (arr[j], arr[i]);
}
return new object[] { n, arr, perm[source], perm[target] };
