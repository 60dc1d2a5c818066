// Inputs for performance groups and the complexity probe; N is a.length.
// Seeds   1-99: values uniform in [-1e9, 1e9], target the sum of two of them (few matches).
// Seeds 100-199: values in [-50, 50], target in [-20, 20] (tens of millions of matches).
// Seeds 200-299: all values equal, target twice the value: N(N-1)/2 matches, beyond 2^31 at N = 100 000.
// Seeds 300-399: values within 1000 of int.MaxValue or int.MinValue, target in [-1000, 1000]:
//                32-bit target - x (or a[i] + a[j]) wraps around and finds false matches.
var n = N;
var a = new int[n];
var same = Random.Next(-1_000_000_000, 1_000_000_001);
for (var i = 0; i < n; i++)
{
    a[i] = Seed switch
    {
        < 100 => Random.Next(-1_000_000_000, 1_000_000_001),
        < 200 => Random.Next(-50, 51),
        < 300 => same,
        _ => Random.Next(2) == 0 ? int.MaxValue - Random.Next(0, 1000) : int.MinValue + Random.Next(0, 1001),
    };
}

int target = Seed switch
{
    < 100 => n == 0 ? 0 : a[Random.Next(n)] + a[Random.Next(n)],
    < 200 => Random.Next(-20, 21),
    < 300 => 2 * same,
    _ => Random.Next(-1000, 1001),
};
return new object[] { a, target };
