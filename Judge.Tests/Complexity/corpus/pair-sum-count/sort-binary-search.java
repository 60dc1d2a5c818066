// complexity: O(n log n)
// Sort, then for each element binary-search the range of its complement to the right.
import java.util.Arrays;
class Solution {
    public long solution(int[] a, int target) {
        long[] v = new long[a.length];
        for (int i = 0; i < a.length; i++) v[i] = a[i];
        Arrays.sort(v);
        long count = 0;
        for (int i = 0; i < v.length; i++) {
            long need = target - v[i];
            count += upper(v, i + 1, need) - lower(v, i + 1, need);
        }
        return count;
    }
    private static int lower(long[] v, int from, long x) {
        int lo = from, hi = v.length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (v[m] < x) lo = m + 1; else hi = m; }
        return lo;
    }
    private static int upper(long[] v, int from, long x) {
        int lo = from, hi = v.length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (v[m] <= x) lo = m + 1; else hi = m; }
        return lo;
    }
}
