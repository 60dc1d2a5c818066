import java.util.*;

class Solution {
    // One pass with a hash map of the values seen so far: every a[j] matches each earlier
    // a[i] = target - a[j] (computed in 64 bits). O(n) expected.
    public long solution(int[] a, int target) {
        HashMap<Long, Integer> seen = new HashMap<>(Math.max(16, a.length * 2));
        long pairs = 0;
        for (int x : a) {
            Integer count = seen.get((long) target - x);
            if (count != null) {
                pairs += count;
            }

            seen.merge((long) x, 1, Integer::sum);
        }
        return pairs;
    }
}
