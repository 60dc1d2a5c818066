// Inputs for performance groups and complexity probes: a tree of N nodes whose numbers are
// shuffled, so parents often have larger numbers than their children.
//   seeds   1-99 : random tree (each node hangs from a random earlier node; depth about ln N),
//                  values uniform in [-1e9, 1e9] (the family for probes)
//   seeds 100-199: one path of N nodes (depth N - 1: walking up to the root per node is quadratic,
//                  and recursion goes N deep), values uniform
//   seeds 200-299: a star (one root, N - 1 leaves), all values 1e9: a level sum near 1e14
//   seeds 300-399: a broom: a path of N/2 nodes with all other nodes hanging from its end,
//                  all values -1e9
//   seeds 400-499: a complete binary tree, values uniform
var family = Seed / 100;
var order = Enumerable.Range(0, N).ToArray();
for (var i = N - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (order[i], order[j]) = (order[j], order[i]);
}

// order[k] is the node created k-th; it hangs from a node created before it.
var parent = new int[N];
var value = new int[N];
parent[order[0]] = -1;
for (var k = 1; k < N; k++)
{
    var from = family switch
    {
        1 => k - 1,
        2 => 0,
        3 => k < N / 2 ? k - 1 : Math.Max(0, N / 2 - 1),
        4 => (k - 1) / 2,
        _ => Random.Next(k),
    };
    parent[order[k]] = order[from];
}

for (var i = 0; i < N; i++)
{
    value[i] = family switch
    {
        2 => 1_000_000_000,
        3 => -1_000_000_000,
        _ => Random.Next(-1_000_000_000, 1_000_000_001),
    };
}

return new object[] { parent, value };
