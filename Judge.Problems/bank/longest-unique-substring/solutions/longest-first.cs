// Correct but O(n^2): tries every length from s.length down and, for each, every start,
// returning the first length that has a window without repeats.
class Solution
{
    public int solution(string s)
    {
        var seen = new bool[128];
        for (var length = s.Length; length >= 1; length--)
        {
            for (var start = 0; start + length <= s.Length; start++)
            {
                System.Array.Clear(seen);
                var unique = true;
                for (var i = start; i < start + length; i++)
                {
                    if (seen[s[i]])
                    {
                        unique = false;
                        break;
                    }

                    seen[s[i]] = true;
                }

                if (unique)
                {
                    return length;
                }
            }
        }

        return 0;
    }
}
