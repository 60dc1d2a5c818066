import java.util.*;

class Solution {
    // Prefix sums in 64 bits: prefix[i] = a[0] + ... + a[i-1], so a query [l, r] is
    // prefix[r + 1] - prefix[l]. O(N + M).
    public long[] solution(int[] a, int[][] queries) {
        long[] prefix = new long[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            prefix[i + 1] = prefix[i] + a[i];
        }

        long[] answers = new long[queries.length];
        for (int q = 0; q < queries.length; q++) {
            answers[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
        }
        return answers;
    }
}
