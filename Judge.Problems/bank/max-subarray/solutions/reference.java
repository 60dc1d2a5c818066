import java.util.*;

class Solution {
    // Kadane: the best slice ending at i either extends the best ending at i-1 or starts at i.
    public long solution(int[] a) {
        long best = a[0], current = a[0];
        for (int i = 1; i < a.length; i++) {
            current = Math.max(a[i], current + a[i]);
            best = Math.max(best, current);
        }
        return best;
    }
}
