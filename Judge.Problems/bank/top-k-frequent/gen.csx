// Inputs for the performance groups and the complexity probe; N is a.length. Seed families:
//   1-99    values drawn uniformly from a pool of about N / 10 random 32-bit values (counts near 10,
//           many ties), k random up to the pool size
//   100-199 all values distinct, spread over the whole 32-bit range including both extremes, k = N:
//           every count is 1, so the answer is every value in increasing order (a comparer that
//           subtracts values overflows here)
//   200-299 one value repeated N times, k = N (k far above the number of distinct values)
//   300-399 skewed: value number i gets about N / (20 (i + 1)) copies, then singletons (long runs of
//           equal counts, with ties across the k-th place), k = 1000; every family is shuffled
var n = Math.Max(0, N);
var a = new int[n];
int k;
int RandomInt() => (int)Random.NextInt64(int.MinValue, (long)int.MaxValue + 1);

if (Seed < 100)
{
    var pool = new int[Math.Max(1, n / 10)];
    for (var i = 0; i < pool.Length; i++)
    {
        pool[i] = RandomInt();
    }
    for (var i = 0; i < n; i++)
    {
        a[i] = pool[Random.Next(pool.Length)];
    }
    k = Random.Next(1, pool.Length + 1);
}
else if (Seed < 200)
{
    var seen = new HashSet<int>();
    if (n > 0) { a[0] = int.MinValue; seen.Add(int.MinValue); }
    if (n > 1) { a[1] = int.MaxValue; seen.Add(int.MaxValue); }
    for (var i = 2; i < n; i++)
    {
        int v;
        do
        {
            v = RandomInt();
        }
        while (!seen.Add(v));
        a[i] = v;
    }
    k = n;
}
else if (Seed < 300)
{
    var v = RandomInt();
    Array.Fill(a, v);
    k = n;
}
else
{
    var pos = 0;
    var seen = new HashSet<int>();
    for (var i = 0; pos < n; i++)
    {
        int v;
        do
        {
            v = RandomInt();
        }
        while (!seen.Add(v));
        var copies = Math.Max(1, n / 20 / (i + 1));
        for (var c = 0; c < copies && pos < n; c++)
        {
            a[pos++] = v;
        }
    }
    k = 1000;
}

for (var i = n - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (a[i], a[j]) = (a[j], a[i]);
}
return new object[] { a, k };
