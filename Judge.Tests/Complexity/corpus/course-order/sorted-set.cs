// complexity: O(n log n)
// Kahn's algorithm with the free courses in a SortedSet (red-black tree): smallest out, newly freed in, O(log n) each.
class Solution
{
    public int[] solution(int n, int[][] prerequisites)
    {
        var waiting = new int[n];
        var unlocks = new List<int>[n];
        for (var i = 0; i < n; i++) unlocks[i] = new List<int>();
        foreach (var p in prerequisites) { waiting[p[0]]++; unlocks[p[1]].Add(p[0]); }
        var free = new SortedSet<int>();
        for (var c = 0; c < n; c++) if (waiting[c] == 0) free.Add(c);
        var order = new int[n];
        var taken = 0;
        while (free.Count > 0)
        {
            var course = free.Min;
            free.Remove(course);
            order[taken++] = course;
            foreach (var next in unlocks[course]) if (--waiting[next] == 0) free.Add(next);
        }
        return taken == n ? order : new int[0];
    }
}
