// Inputs for the complexity probe's second sweep: N queries over a fixed array of 1000 elements
// (the size is queries.length; the main generator, gen.csx, grows the array and the queries together).
// Seeds 1-99: random values over the whole range, random queries (the only family: any seed gives it).
const int Max = 1_000_000_000;
const int Elements = 1000;
var a = new int[Elements];
var queries = new int[N][];

for (var i = 0; i < Elements; i++)
{
    a[i] = Random.Next(-Max, Max + 1);
}

for (var q = 0; q < N; q++)
{
    var l = Random.Next(0, Elements);
    var r = Random.Next(0, Elements);
    if (l > r)
    {
        (l, r) = (r, l);
    }

    queries[q] = new[] { l, r };
}

return new object[] { a, queries };
