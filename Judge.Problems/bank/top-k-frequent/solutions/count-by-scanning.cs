// Correct but O(n * d), O(n^2) when most values are distinct: counts each distinct value by
// scanning the whole array again.
class Solution
{
    public int[] solution(int[] a, int k)
    {
        var seen = new HashSet<int>();
        var entries = new List<(int Value, int Count)>();
        foreach (var x in a)
        {
            if (!seen.Add(x))
            {
                continue;
            }
            var count = 0;
            for (var j = 0; j < a.Length; j++)
            {
                if (a[j] == x)
                {
                    count++;
                }
            }
            entries.Add((x, count));
        }

        entries.Sort((p, q) => p.Count != q.Count ? q.Count.CompareTo(p.Count) : p.Value.CompareTo(q.Value));
        return entries.Take(k).Select(e => e.Value).ToArray();
    }
}
