// Inputs for performance groups and the complexity probe; N is s.length, characters are ASCII 32-126.
// Seeds   1-99: uniform random printable characters (answer around 15-20).
// Seeds 100-199: one character repeated N times (answer 1).
// Seeds 200-299: one random permutation of all 95 printable characters, repeated (answer 95, every
//                window long).
// Seeds 300-399: random over 2-4 letters (the window start moves at almost every step).
// Seeds 400-499: random over 10 letters, then all 95 characters at the very end (answer 95, found last).
var n = N;
var chars = new char[n];
var all = Enumerable.Range(32, 95).Select(c => (char)c).ToArray();
for (var i = all.Length - 1; i > 0; i--)
{
    var j = Random.Next(i + 1);
    (all[i], all[j]) = (all[j], all[i]);
}

var alphabet = Seed switch
{
    < 100 => all,
    < 200 => all[..1],
    < 300 => all,
    < 400 => all[..Random.Next(2, 5)],
    _ => all[..10],
};
for (var i = 0; i < n; i++)
{
    chars[i] = Seed >= 200 && Seed < 300 ? all[i % all.Length] : alphabet[Random.Next(alphabet.Length)];
}

if (Seed >= 400)
{
    for (var i = 0; i < Math.Min(n, all.Length); i++)
    {
        chars[n - 1 - i] = all[i];
    }
}

return new object[] { new string(chars) };
