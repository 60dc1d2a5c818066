class Solution
{
    // Bug on purpose: 32-bit sums overflow past 2^31 - 1.
    public long solution(int[] a)
    {
        int best = a[0], current = a[0];
        for (var i = 1; i < a.Length; i++)
        {
            current = System.Math.Max(a[i], current + a[i]);
            best = System.Math.Max(best, current);
        }
        return best;
    }
}
