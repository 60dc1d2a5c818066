// Bug on purpose: the window start is set to last[c] + 1 even when that repeat lies before the
// window, so the start can move backwards ("abba" gives 3 instead of 2).
class Solution
{
    public int solution(string s)
    {
        var last = new Dictionary<char, int>();
        int start = 0, best = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (last.TryGetValue(s[i], out var previous))
            {
                start = previous + 1;
            }

            last[s[i]] = i;
            best = System.Math.Max(best, i - start + 1);
        }

        return best;
    }
}
