// Inputs for performance groups and the complexity probe: N elements and N queries (N = a.length).
// Seeds   1-99: random values over the whole range, random queries.
// Seeds 100-199: long ranges: every query starts within the first 10 elements and ends within the
//               last 10, so summing each range element by element costs about N per query.
// Seeds 200-299: extreme values: runs of 1000 equal elements of +10^9 or -10^9 (mostly +), random
//               queries; answers reach about 10^14, and 32-bit prefix sums wrap many times.
// Seeds 300-399: prefix and suffix queries: each query starts at 0 or ends at N - 1.
const int Max = 1_000_000_000;
var family = Seed / 100;
var a = new int[N];
var queries = new int[N][];

for (var i = 0; i < N; i++)
{
    a[i] = Random.Next(-Max, Max + 1);
}

if (family == 2)
{
    for (var start = 0; start < N; start += 1000)
    {
        var value = Random.Next(4) == 0 ? -Max : Max;
        for (var i = start; i < Math.Min(N, start + 1000); i++)
        {
            a[i] = value;
        }
    }
}

for (var q = 0; q < N; q++)
{
    int l, r;
    switch (family)
    {
        case 1:
            l = Random.Next(0, Math.Min(10, N));
            r = Math.Max(l, N - 1 - Random.Next(0, 10));
            break;
        case 3:
            if (Random.Next(2) == 0)
            {
                l = 0;
                r = Random.Next(0, N);
            }
            else
            {
                l = Random.Next(0, N);
                r = N - 1;
            }

            break;
        default:
            l = Random.Next(0, N);
            r = Random.Next(0, N);
            if (l > r)
            {
                (l, r) = (r, l);
            }

            break;
    }

    queries[q] = new[] { l, r };
}

return new object[] { a, queries };
