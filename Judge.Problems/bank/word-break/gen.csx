// Inputs for performance groups and the complexity probe; N is s.length, the dictionary has 1000 words.
// Seeds   1-99: words over a-e of random lengths 1-20 (one of every length), s a concatenation: true.
// Seeds 100-199: s = "aaa...ab", words a, aa, ..., a^20 plus words over b-z of length >= 2: false,
//                with every position before the b reachable (kills unmemoized backtracking).
// Seeds 200-299: words over {a, b} (deep shared prefixes), s a concatenation whose last letter is
//                replaced by 'c': false after a full DP.
// Seeds 300-399: words over {a, b}, all of length 20 apart from one of every shorter length;
//                s a concatenation of 20-letter words: true.
string Word(int length, char from, char to)
{
    var w = new char[length];
    for (var i = 0; i < length; i++)
    {
        w[i] = (char)Random.Next(from, to + 1);
    }

    return new string(w);
}

var n = Math.Max(N, 1);
var words = new string[1000];
var sb = new System.Text.StringBuilder(n);
if (Seed >= 100 && Seed < 200)
{
    for (var i = 0; i < words.Length; i++)
    {
        words[i] = i < 20 ? new string('a', i + 1) : Word(Random.Next(2, 21), 'b', 'z');
    }

    sb.Append('a', n - 1).Append('b');
    return new object[] { sb.ToString(), words };
}

var (lo, hi) = Seed < 100 ? ('a', 'e') : ('a', 'b');
for (var i = 0; i < words.Length; i++)
{
    // words[0..19] have lengths 1..20, so any remainder can be filled exactly.
    words[i] = Word(i < 20 ? i + 1 : Seed >= 300 ? 20 : Random.Next(1, 21), lo, hi);
}

while (sb.Length < n)
{
    var left = n - sb.Length;
    var w = left <= 20 && (Seed >= 300 || Random.Next(2) == 0) ? words[left - 1] : words[Seed >= 300 ? Random.Next(20, words.Length) : Random.Next(words.Length)];
    if (w.Length <= left)
    {
        sb.Append(w);
    }
}

if (Seed >= 200 && Seed < 300)
{
    sb[n - 1] = 'c';
}

return new object[] { sb.ToString(), words };
