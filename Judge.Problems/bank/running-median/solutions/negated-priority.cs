// Bug on purpose: the max-heap is a min-heap on -x, and -int.MinValue overflows back to
// int.MinValue, so int.MinValue sits on top of the "max"-heap as if it were the largest value.
class Solution
{
    public int[] solution(int[] a)
    {
        var low = new PriorityQueue<int, int>();
        var high = new PriorityQueue<int, int>();
        var result = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var x = a[i];
            if (low.Count == 0 || x <= low.Peek())
            {
                low.Enqueue(x, -x);
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
                low.Enqueue(moved, -moved);
            }

            result[i] = low.Peek();
        }
        return result;
    }
}
