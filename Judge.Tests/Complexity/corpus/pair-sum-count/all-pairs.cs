// complexity: O(n^2)
// Every pair of positions.
class Solution
{
    public long solution(int[] a, int target)
    {
        long count = 0;
        for (var i = 0; i < a.Length; i++)
        {
            long need = (long)target - a[i];
            for (var j = i + 1; j < a.Length; j++)
            {
                if (a[j] == need) count++;
            }
        }
        return count;
    }
}
