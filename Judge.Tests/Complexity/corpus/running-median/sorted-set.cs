// complexity: O(n log n)
// A balanced tree (SortedSet of (value, index)) split in two halves; each arrival moves O(1) elements, O(log n) each.
class Solution
{
    public int[] solution(int[] a)
    {
        var low = new SortedSet<(int Value, int Index)>();
        var high = new SortedSet<(int Value, int Index)>();
        var result = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var item = (a[i], i);
            if (low.Count == 0 || item.CompareTo(low.Max) < 0) low.Add(item);
            else high.Add(item);

            if (low.Count > high.Count + 1)
            {
                var moved = low.Max;
                low.Remove(moved);
                high.Add(moved);
            }
            else if (high.Count > low.Count)
            {
                var moved = high.Min;
                high.Remove(moved);
                low.Add(moved);
            }
            result[i] = low.Max.Value;
        }
        return result;
    }
}
