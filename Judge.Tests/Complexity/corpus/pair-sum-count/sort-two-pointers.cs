// complexity: O(n log n)
// Sort, then walk two pointers inwards, counting runs of equal values on both sides.
class Solution
{
    public long solution(int[] a, int target)
    {
        var v = (int[])a.Clone();
        System.Array.Sort(v);
        long count = 0;
        int i = 0, j = v.Length - 1;
        while (i < j)
        {
            long sum = (long)v[i] + v[j];
            if (sum < target) i++;
            else if (sum > target) j--;
            else if (v[i] == v[j]) { long m = j - i + 1; count += m * (m - 1) / 2; break; }
            else
            {
                long left = 1, right = 1;
                while (i + 1 < j && v[i + 1] == v[i]) { i++; left++; }
                while (j - 1 > i && v[j - 1] == v[j]) { j--; right++; }
                count += left * right;
                i++; j--;
            }
        }
        return count;
    }
}
