// Correct but O(n^2): keeps the prefix in a sorted array and inserts each value by shifting the
// larger ones one place right (n^2 / 2 moves when the input is decreasing).
class Solution
{
    public int[] solution(int[] a)
    {
        var sorted = new int[a.Length];
        var result = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var j = i;
            while (j > 0 && sorted[j - 1] > a[i])
            {
                sorted[j] = sorted[j - 1];
                j--;
            }
            sorted[j] = a[i];
            result[i] = sorted[i / 2];
        }
        return result;
    }
}
