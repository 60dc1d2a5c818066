// Bug on purpose: off by one in the balance, so even-length prefixes get the upper median
// (the larger of the two middle elements) instead of the lower one.
class Solution
{
    public int[] solution(int[] a)
    {
        var low = new PriorityQueue<int, int>(Comparer<int>.Create((x, y) => y.CompareTo(x)));
        var high = new PriorityQueue<int, int>();
        var result = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            if (high.Count == 0 || x >= high.Peek())
            {
                high.Enqueue(x, x);
            }
            else
            {
                low.Enqueue(x, x);
            }

            if (high.Count > low.Count + 1)
            {
                var moved = high.Dequeue();
                low.Enqueue(moved, moved);
            }
            else if (low.Count > high.Count)
            {
                var moved = low.Dequeue();
                high.Enqueue(moved, moved);
            }

            result[i] = high.Peek();
        }
        return result;
    }
}
