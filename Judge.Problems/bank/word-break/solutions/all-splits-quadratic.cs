// Correct but O(n^2): for every end i, scans every earlier cut j < i (from the start of the
// string, not just the last 20 positions) for a reachable one that leaves a dictionary word.
class Solution
{
    public bool solution(string s, string[] words)
    {
        var vocab = new HashSet<string>(words);
        var longest = words.Max(w => w.Length);
        var n = s.Length;
        var reachable = new bool[n + 1];
        reachable[0] = true;
        for (var i = 1; i <= n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (reachable[j] && i - j <= longest && vocab.Contains(s.Substring(j, i - j)))
                {
                    reachable[i] = true;
                    break;
                }
            }
        }

        return reachable[n];
    }
}
