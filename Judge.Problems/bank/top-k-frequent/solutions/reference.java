import java.util.*;

class Solution {
    // Count with a hash map, sort the distinct values by (count desc, value asc), keep the first k.
    // O(n + d log d) for d distinct values. The sort key packs (n - count) into the high 32 bits and
    // the value, shifted to be non-negative, into the low 32 bits: no subtraction of raw values.
    public int[] solution(int[] a, int k) {
        HashMap<Integer, Integer> counts = new HashMap<>();
        for (int x : a) {
            counts.merge(x, 1, Integer::sum);
        }

        int n = a.length;
        long[] order = new long[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            long rank = n - entry.getValue();                        // larger count first
            long shifted = (long) entry.getKey() - Integer.MIN_VALUE; // in [0, 2^32): smaller value first
            order[i++] = (rank << 32) | shifted;
        }

        Arrays.sort(order);
        int[] result = new int[Math.min(k, order.length)];
        for (int j = 0; j < result.length; j++) {
            result[j] = (int) ((order[j] & 0xFFFFFFFFL) + Integer.MIN_VALUE);
        }
        return result;
    }
}
