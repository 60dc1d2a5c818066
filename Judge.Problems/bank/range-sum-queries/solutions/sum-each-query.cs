// Correct but O(N * M): adds up every query's range element by element, O(N^2) when M is about N.
class Solution
{
    public long[] solution(int[] a, int[][] queries)
    {
        var answers = new long[queries.Length];
        for (var q = 0; q < queries.Length; q++)
        {
            long sum = 0;
            for (var i = queries[q][0]; i <= queries[q][1]; i++)
            {
                sum += a[i];
            }

            answers[q] = sum;
        }

        return answers;
    }
}
