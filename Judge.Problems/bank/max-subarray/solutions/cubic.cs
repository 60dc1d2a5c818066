// Correct but O(n^3): every slice, summed from scratch.
class Solution
{
    public long solution(int[] a)
    {
        long best = long.MinValue;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = i; j < a.Length; j++)
            {
                long sum = 0;
                for (var k = i; k <= j; k++)
                {
                    sum += a[k];
                }
                best = System.Math.Max(best, sum);
            }
        }
        return best;
    }
}
