// complexity: O(n log n)
// Best sum in the left half, the right half, or across the middle: T(n) = 2T(n/2) + O(n).
class Solution {
    public long solution(int[] a) { return best(a, 0, a.length - 1); }

    private static long best(int[] a, int lo, int hi) {
        if (lo == hi) return a[lo];
        int mid = (lo + hi) / 2;
        long sum = 0, left = Long.MIN_VALUE, right = Long.MIN_VALUE;
        for (int i = mid; i >= lo; i--) { sum += a[i]; left = Math.max(left, sum); }
        sum = 0;
        for (int i = mid + 1; i <= hi; i++) { sum += a[i]; right = Math.max(right, sum); }
        return Math.max(left + right, Math.max(best(a, lo, mid), best(a, mid + 1, hi)));
    }
}
