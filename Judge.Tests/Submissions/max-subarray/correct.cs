class Solution
{
    public long solution(int[] a)
    {
        long best = a[0], current = a[0];
        for (int i = 1; i < a.Length; i++)
        {
            current = Math.Max(a[i], current + a[i]);
            best = Math.Max(best, current);
        }
        return best;
    }
}
