// Inputs for performance groups, by seed family:
//   1-99    uniform values in [-1e9, 1e9]
//   100-199 all negative (a solution that allows the empty slice returns 0 and fails)
//   200-299 all near 1e9 (the answer is about 1e14: 32-bit sums overflow)
//   300-399 alternating +1e9 / -(1e9 - 1) (the best slice is the whole array; greedy restarts fail)
var a = new int[N];
for (var i = 0; i < N; i++)
{
    a[i] = Seed switch
    {
        >= 300 => i % 2 == 0 ? 1_000_000_000 : -999_999_999,
        >= 200 => Random.Next(999_000_000, 1_000_000_001),
        >= 100 => -Random.Next(1, 1_000_000_001),
        _ => Random.Next(-1_000_000_000, 1_000_000_001),
    };
}
return new object[] { a };
