class Solution
{
    // Two heaps: `low` (a max-heap) holds the smaller half and is never smaller than `high`
    // (a min-heap, the larger half), by at most one; the lower median is the top of `low`.
    // O(n log n). The max-heap uses a reversed comparer, not negated priorities: -int.MinValue overflows.
    public int[] solution(int[] a)
    {
        var low = new PriorityQueue<int, int>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
        var high = new PriorityQueue<int, int>();
        var result = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            if (low.Count == 0 || x <= low.Peek())
            {
                low.Enqueue(x, x);
            }
            else
            {
                high.Enqueue(x, x);
            }

            if (low.Count > high.Count + 1)
            {
                var moved = low.Dequeue();
                high.Enqueue(moved, moved);
            }
            else if (high.Count > low.Count)
            {
                var moved = high.Dequeue();
                low.Enqueue(moved, moved);
            }

            result[i] = low.Peek();
        }
        return result;
    }
}
