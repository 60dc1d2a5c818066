class Solution
{
    // Kadane: the best slice ending at i either extends the best ending at i-1 or starts at i.
    public long solution(int[] a)
    {
        long best = a[0], current = a[0];
        for (var i = 1; i < a.Length; i++)
        {
            current = System.Math.Max(a[i], current + a[i]);
            best = System.Math.Max(best, current);
        }
        return best;
    }
}
