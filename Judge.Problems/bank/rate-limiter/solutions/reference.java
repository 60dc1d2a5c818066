import java.util.*;

class Solution {
    // Counts the bucket in thousandths of a token: it holds at most capacity * 1000 units, gains
    // refillPerSecond units per millisecond, and an allowed request takes 1000 units. O(N).
    public boolean[] solution(int capacity, int refillPerSecond, long[] timestampsMs) {
        long full = capacity * 1000L;
        long units = full;
        long last = timestampsMs[0];
        boolean[] allowed = new boolean[timestampsMs.length];
        for (int i = 0; i < timestampsMs.length; i++) {
            long elapsed = timestampsMs[i] - last;
            last = timestampsMs[i];

            // elapsed * refillPerSecond can exceed 2^63 after a long pause: compare against the time
            // the bucket needs to fill up instead, and multiply only when the product stays small.
            long missing = full - units;
            long toFill = (missing + refillPerSecond - 1) / refillPerSecond;
            units = elapsed >= toFill ? full : units + elapsed * refillPerSecond;

            if (units >= 1000) {
                units -= 1000;
                allowed[i] = true;
            }
        }
        return allowed;
    }
}
