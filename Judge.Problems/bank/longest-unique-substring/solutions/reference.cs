class Solution
{
    // Sliding window: last[c] is the latest index of character c; the window start jumps past it
    // when c repeats inside the window (and never moves backwards). O(n).
    public int solution(string s)
    {
        var last = new int[128];
        System.Array.Fill(last, -1);
        int start = 0, best = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (last[c] >= start)
            {
                start = last[c] + 1;
            }

            last[c] = i;
            best = System.Math.Max(best, i - start + 1);
        }

        return best;
    }
}
