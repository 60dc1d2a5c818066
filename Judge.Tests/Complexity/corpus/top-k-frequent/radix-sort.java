// complexity: O(n)
// Counts in a hash map; distinct values put in increasing order by a 4-pass byte radix sort, then stably bucketed by count.
import java.util.*;

class Solution {
    public int[] solution(int[] a, int k) {
        HashMap<Integer, Integer> counts = new HashMap<>();
        for (int x : a) counts.merge(x, 1, Integer::sum);

        int d = counts.size();
        int[] values = new int[d];
        int[] freq = new int[d];
        int i = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            values[i] = e.getKey();
            freq[i++] = e.getValue();
        }

        // Radix sort of indices by value (flipping the sign bit makes the unsigned byte order the signed order).
        int[] idx = new int[d], buf = new int[d];
        for (int j = 0; j < d; j++) idx[j] = j;
        int[] bucket = new int[257];
        for (int shift = 0; shift < 32; shift += 8) {
            Arrays.fill(bucket, 0);
            for (int j : idx) bucket[(((values[j] ^ 0x80000000) >>> shift) & 255) + 1]++;
            for (int b = 0; b < 256; b++) bucket[b + 1] += bucket[b];
            for (int j : idx) buf[bucket[((values[j] ^ 0x80000000) >>> shift) & 255]++] = j;
            int[] t = idx; idx = buf; buf = t;
        }

        // Stable counting sort by count, largest first.
        int n = a.length;
        int[] start = new int[n + 2];
        for (int j : idx) start[n - freq[j] + 1]++;
        for (int c = 0; c <= n; c++) start[c + 1] += start[c];
        int[] ordered = new int[d];
        for (int j : idx) ordered[start[n - freq[j]]++] = values[j];

        return Arrays.copyOf(ordered, Math.min(k, d));
    }
}
