// Correct but O(n^2 + m): each step scans the courses from 0 for the smallest one not yet taken
// whose prerequisites are all taken.
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

        var taken = new bool[n];
        var order = new int[n];
        for (var step = 0; step < n; step++)
        {
            var course = -1;
            for (var i = 0; i < n; i++)
            {
                if (!taken[i] && waiting[i] == 0)
                {
                    course = i;
                    break;
                }
            }

            if (course < 0)
            {
                return [];
            }

            taken[course] = true;
            order[step] = course;
            foreach (var next in unlocks[course])
            {
                waiting[next]--;
            }
        }

        return order;
    }
}
