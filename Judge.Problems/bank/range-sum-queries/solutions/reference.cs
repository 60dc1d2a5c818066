class Solution
{
    // Prefix sums in 64 bits: prefix[i] = a[0] + ... + a[i-1], so a query [l, r] is
    // prefix[r + 1] - prefix[l]. O(N + M).
    public long[] solution(int[] a, int[][] queries)
    {
        var prefix = new long[a.Length + 1];
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
