// Uniform values in [-1e9, 1e9]; only the complexity probe would use it.
var a = new int[N];
for (var i = 0; i < N; i++)
{
    a[i] = Random.Next(-1_000_000_000, 1_000_000_001);
}
return new object[] { a };
