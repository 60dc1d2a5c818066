// Inputs for performance groups and complexity probes: N courses and up to 2N pairs.
//   seeds   1-99 : a random order exists: a hidden random permutation, 2N pairs between random
//                  positions, each pointing forward in it (the family for probes)
//   seeds 100-199: reversed chain: course k + 1 before course k for all k, plus N random pairs that
//                  agree with it; the answer is N-1, ..., 0 (a scan from 0 for the smallest free
//                  course walks almost the whole array each step)
//   seeds 200-299: like 1-99, then three pairs close a circle among the three courses that come
//                  last in the hidden permutation: almost everything can be taken, yet the answer is []
//   seeds 300-399: wide layers: sqrt(N) layers of about sqrt(N) courses with random numbers; every
//                  course outside the first layer needs one course of the layer before, and each pair
//                  appears twice (many ties, duplicates)
var family = Seed / 100;
var perm = Enumerable.Range(0, N).ToArray();
for (var i = N - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (perm[i], perm[j]) = (perm[j], perm[i]);
}

var pairs = new List<int[]>();
if (N >= 2)
{
    switch (family)
    {
        case 1:
            for (var k = 0; k + 1 < N; k++)
            {
                pairs.Add(new[] { k, k + 1 });
            }

            for (var e = 0; e < N; e++)
            {
                var x = Random.Next(N);
                var y = Random.Next(N);
                if (x != y)
                {
                    pairs.Add(new[] { Math.Min(x, y), Math.Max(x, y) });
                }
            }

            break;
        case 3:
            var layer = Math.Max(1, (int)Math.Sqrt(N));
            for (var k = layer; k < N; k++)
            {
                var before = perm[(k / layer - 1) * layer + Random.Next(layer)];
                pairs.Add(new[] { perm[k], before });
                pairs.Add(new[] { perm[k], before });
            }

            break;
        default:
            var count = family == 2 ? 2 * N - 3 : 2 * N;
            for (var e = 0; e < count; e++)
            {
                var x = Random.Next(N);
                var y = Random.Next(N);
                if (x != y)
                {
                    pairs.Add(new[] { perm[Math.Max(x, y)], perm[Math.Min(x, y)] });
                }
            }

            if (family == 2 && N >= 3)
            {
                pairs.Add(new[] { perm[N - 2], perm[N - 3] });
                pairs.Add(new[] { perm[N - 1], perm[N - 2] });
                pairs.Add(new[] { perm[N - 3], perm[N - 1] });
            }

            break;
    }
}

// Shuffle the pairs so their order tells nothing.
for (var i = pairs.Count - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (pairs[i], pairs[j]) = (pairs[j], pairs[i]);
}

return new object[] { N, pairs.ToArray() };
