// Bug on purpose: the prefix sums are 32-bit ints and wrap around once they pass 2^31 - 1,
// although the answer is converted to long at the end.
class Solution
{
    public long[] solution(int[] a, int[][] queries)
    {
        var prefix = new int[a.Length + 1];
        for (var i = 0; i < a.Length; i++)
        {
            prefix[i + 1] = prefix[i] + a[i];
        }

        var answers = new long[queries.Length];
        for (var q = 0; q < queries.Length; q++)
        {
            answers[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
        }

        return answers;
    }
}
