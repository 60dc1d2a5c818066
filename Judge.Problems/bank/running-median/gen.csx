// Inputs for the performance groups and the complexity probe; N is a.length. Seed families:
//   1-99    uniform random over the whole 32-bit range
//   100-199 strictly decreasing: every new value is the smallest so far (worst case for keeping a
//           sorted array and inserting into it)
//   200-299 strictly increasing: every new value is the largest so far
//   300-399 zigzag between the extremes: int.MinValue + i and int.MaxValue - i alternate, with
//           int.MinValue and int.MaxValue themselves present (a negated-priority heap overflows)
//   400-499 few distinct values (0..9): long runs of duplicates
var n = Math.Max(0, N);
var a = new int[n];
int RandomInt() => (int)Random.NextInt64(int.MinValue, (long)int.MaxValue + 1);

if (Seed < 100)
{
    for (var i = 0; i < n; i++)
    {
        a[i] = RandomInt();
    }
}
else if (Seed < 300)
{
    // Random steps of 1..maxStep keep all N values inside the 32-bit range (maxStep = 40 000 for N = 100 000).
    var maxStep = (int)Math.Clamp(4_000_000_000L / Math.Max(1, n), 1, 40_000);
    var values = new int[n];
    long v = int.MinValue + (long)Random.Next(0, 1000);
    for (var i = 0; i < n; i++)
    {
        values[i] = (int)Math.Min(v, int.MaxValue);
        v += Random.Next(1, maxStep + 1);
    }
    for (var i = 0; i < n; i++)
    {
        a[i] = Seed < 200 ? values[n - 1 - i] : values[i];
    }
}
else if (Seed < 400)
{
    for (var i = 0; i < n; i++)
    {
        var step = i / 2;
        a[i] = i % 2 == 0 ? int.MinValue + step : int.MaxValue - step;
    }
}
else
{
    for (var i = 0; i < n; i++)
    {
        a[i] = Random.Next(0, 10);
    }
}
return new object[] { a };
