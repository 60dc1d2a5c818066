class Solution
{
    // DP over prefixes with a trie: from every start i that can be reached, walk the trie along
    // s[i..] (at most 20 letters) and mark every end where a word finishes. O(s.length * 20).
    public bool solution(string s, string[] words)
    {
        var next = new List<int[]> { new int[26] };
        var terminal = new List<bool> { false };
        foreach (var w in words)
        {
            var node = 0;
            foreach (var ch in w)
            {
                var c = ch - 'a';
                if (next[node][c] == 0)
                {
                    next.Add(new int[26]);
                    terminal.Add(false);
                    next[node][c] = next.Count - 1;
                }

                node = next[node][c];
            }

            terminal[node] = true;
        }

        var n = s.Length;
        var reachable = new bool[n + 1];
        reachable[0] = true;
        for (var i = 0; i < n; i++)
        {
            if (!reachable[i])
            {
                continue;
            }

            var node = 0;
            for (var j = i; j < n; j++)
            {
                node = next[node][s[j] - 'a'];
                if (node == 0)
                {
                    break;
                }

                if (terminal[node])
                {
                    reachable[j + 1] = true;
                }
            }
        }

        return reachable[n];
    }
}
