// complexity: O(n log n)
// Last-use times kept in a SortedDictionary (red-black tree): each use re-keys one entry, eviction takes the minimum, O(log n) each.
class Solution
{
    public int[] solution(int capacity, int[][] ops)
    {
        var entries = new Dictionary<int, (int Value, int Stamp)>();
        var byStamp = new SortedDictionary<int, int>(); // stamp -> key
        var results = new List<int>();
        var clock = 0;
        foreach (var op in ops)
        {
            var key = op[1];
            clock++;
            if (op[0] == 0)
            {
                if (entries.TryGetValue(key, out var e))
                {
                    byStamp.Remove(e.Stamp);
                    byStamp[clock] = key;
                    entries[key] = (e.Value, clock);
                    results.Add(e.Value);
                }
                else
                {
                    results.Add(-1);
                }
            }
            else
            {
                if (entries.TryGetValue(key, out var e))
                {
                    byStamp.Remove(e.Stamp);
                }
                else if (entries.Count >= capacity)
                {
                    var oldest = byStamp.First();
                    byStamp.Remove(oldest.Key);
                    entries.Remove(oldest.Value);
                }
                byStamp[clock] = key;
                entries[key] = (op[2], clock);
            }
        }
        return results.ToArray();
    }
}
