// complexity: O(n log n)
// Best sum in the left half, the right half, or across the middle: T(n) = 2T(n/2) + O(n).
class Solution
{
    public long solution(int[] a) => Best(a, 0, a.Length - 1);

    private static long Best(int[] a, int lo, int hi)
    {
        if (lo == hi) return a[lo];
        var mid = (lo + hi) / 2;
        long sum = 0, left = long.MinValue, right = long.MinValue;
        for (var i = mid; i >= lo; i--) { sum += a[i]; left = System.Math.Max(left, sum); }
        sum = 0;
        for (var i = mid + 1; i <= hi; i++) { sum += a[i]; right = System.Math.Max(right, sum); }
        return System.Math.Max(left + right, System.Math.Max(Best(a, lo, mid), Best(a, mid + 1, hi)));
    }
}
