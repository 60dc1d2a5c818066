// Correct but O(n^2): checks every pair i < j (with a 64-bit sum).
class Solution
{
    public long solution(int[] a, int target)
    {
        long pairs = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = i + 1; j < a.Length; j++)
            {
                if ((long)a[i] + a[j] == target)
                {
                    pairs++;
                }
            }
        }

        return pairs;
    }
}
