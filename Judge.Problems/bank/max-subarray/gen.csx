// Inputs for performance groups. Seeds from 100 up make the all-negative worst case
// (a solution that resets on negative sums and returns 0 fails it); lower seeds are uniform.
var a = new int[N];
for (var i = 0; i < N; i++)
{
    a[i] = Seed >= 100 ? -Random.Next(1, 1_000_000_001) : Random.Next(-1_000_000_000, 1_000_000_001);
}
return new object[] { a };
