// Bug on purpose: Kahn's algorithm with a plain FIFO queue. The order is valid, but not the
// lexicographically smallest one.
class Solution
{
    public int[] solution(int n, int[][] prerequisites)
    {
        var unlocks = new List<int>[n];
        var waiting = new int[n];
        for (var i = 0; i < n; i++)
        {
            unlocks[i] = new List<int>();
        }

        foreach (var pair in prerequisites)
        {
            unlocks[pair[1]].Add(pair[0]);
            waiting[pair[0]]++;
        }

        var queue = new Queue<int>();
        for (var i = 0; i < n; i++)
        {
            if (waiting[i] == 0) queue.Enqueue(i);
        }

        var order = new List<int>();
        while (queue.Count > 0)
        {
            var course = queue.Dequeue();
            order.Add(course);
            foreach (var next in unlocks[course])
            {
                if (--waiting[next] == 0) queue.Enqueue(next);
            }
        }

        return order.Count == n ? order.ToArray() : [];
    }
}
