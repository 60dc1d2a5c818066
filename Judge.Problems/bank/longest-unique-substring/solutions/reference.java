import java.util.*;

class Solution {
    // Sliding window: last[c] is the latest index of character c; the window start jumps past it
    // when c repeats inside the window (and never moves backwards). O(n).
    public int solution(String s) {
        int[] last = new int[128];
        Arrays.fill(last, -1);
        int start = 0, best = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (last[c] >= start) {
                start = last[c] + 1;
            }

            last[c] = i;
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
