// Bug on purpose: off by one in the piece length loop, so the longest dictionary word is never tried.
class Solution
{
    public bool solution(string s, string[] words)
    {
        var vocab = new HashSet<string>(words);
        var longest = words.Max(w => w.Length);
        var n = s.Length;
        var reachable = new bool[n + 1];
        reachable[0] = true;
        for (var i = 0; i < n; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            for (var length = 1; length < longest && i + length <= n; length++)
            {
                if (vocab.Contains(s.Substring(i, length)))
                {
                    reachable[i + length] = true;
                }
            }
        }

        return reachable[n];
    }
}
