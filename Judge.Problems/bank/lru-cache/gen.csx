// Inputs for performance groups and the complexity probe: N operations (N = ops.length).
// Seeds   1-99: random mix of gets and puts, keys from a range twice the capacity (capacity N/4),
//               so gets hit about half the time and puts evict often.
// Seeds 100-199: no eviction: capacity N, N/2 puts of distinct keys spread over the whole key range
//               (negative keys too), then N/2 gets of random stored keys (one in ten absent).
// Seeds 200-299: thrashing: capacity N/10, keys cycle through capacity+1 keys, a get then a put each;
//               every get misses and every put evicts (the classic LRU worst case).
// Seeds 300-399: update-heavy: capacity N/2, keys below the capacity, so after warm-up every get hits
//               and every put updates; the recency list is long and touched on every operation.
const int MaxKey = 1_000_000_000;
var family = Seed / 100;
int capacity;
var ops = new int[N][];
int Value() => Random.Next(0, 1_000_000_001);

switch (family)
{
    case 0:
    {
        capacity = Math.Max(1, N / 4);
        var offset = Random.Next(-MaxKey, MaxKey - 2 * capacity);
        for (var i = 0; i < N; i++)
        {
            var key = offset + Random.Next(0, 2 * capacity);
            ops[i] = Random.Next(2) == 0 ? new[] { 0, key } : new[] { 1, key, Value() };
        }

        break;
    }

    case 1:
    {
        capacity = N;
        var stored = new List<int>();
        var seen = new HashSet<int>();
        var puts = Math.Max(1, N / 2);
        for (var i = 0; i < N; i++)
        {
            if (i < puts)
            {
                int key;
                do { key = Random.Next(-MaxKey, MaxKey + 1); } while (!seen.Add(key));
                stored.Add(key);
                ops[i] = new[] { 1, key, Value() };
            }
            else if (Random.Next(10) == 0)
            {
                int key;
                do { key = Random.Next(-MaxKey, MaxKey + 1); } while (seen.Contains(key));
                ops[i] = new[] { 0, key };
            }
            else
            {
                ops[i] = new[] { 0, stored[Random.Next(stored.Count)] };
            }
        }

        break;
    }

    case 2:
    {
        capacity = Math.Max(1, N / 10);
        var offset = Random.Next(-MaxKey, MaxKey - capacity);
        for (var i = 0; i < N; i++)
        {
            var key = offset + (i / 2) % (capacity + 1);
            ops[i] = i % 2 == 0 ? new[] { 0, key } : new[] { 1, key, Value() };
        }

        break;
    }

    default:
    {
        capacity = Math.Max(1, N / 2);
        for (var i = 0; i < N; i++)
        {
            var key = Random.Next(0, capacity);
            ops[i] = Random.Next(2) == 0 ? new[] { 0, key } : new[] { 1, key, Value() };
        }

        break;
    }
}

return new object[] { capacity, ops };
