class Solution
{
    // Kahn's algorithm with a min-heap of the courses whose prerequisites are all taken: taking the
    // smallest available course each time gives the lexicographically smallest order.
    // O((n + m) log n). Fewer than n courses taken means a circle: return [].
    public int[] solution(int n, int[][] prerequisites)
    {
        var m = prerequisites.Length;
        var start = new int[n + 1];
        var waiting = new int[n];
        foreach (var pair in prerequisites)
        {
            start[pair[1] + 1]++;
            waiting[pair[0]]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var unlocks = new int[m];
        var fill = (int[])start.Clone();
        foreach (var pair in prerequisites)
        {
            unlocks[fill[pair[1]]++] = pair[0];
        }

        var available = new PriorityQueue<int, int>();
        for (var i = 0; i < n; i++)
        {
            if (waiting[i] == 0) available.Enqueue(i, i);
        }

        var order = new int[n];
        var taken = 0;
        while (available.TryDequeue(out var course, out _))
        {
            order[taken++] = course;
            for (var e = start[course]; e < start[course + 1]; e++)
            {
                var next = unlocks[e];
                if (--waiting[next] == 0) available.Enqueue(next, next);
            }
        }

        return taken == n ? order : [];
    }
}
