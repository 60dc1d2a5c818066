import java.util.*;

class Solution {
    // Children lists in one flat array (counting sort by parent), then breadth-first from the root,
    // one level at a time. O(N) time and memory; sums are 64-bit.
    public long[] solution(int[] parent, int[] value) {
        int n = parent.length;
        int[] start = new int[n + 1];
        int root = -1;
        for (int i = 0; i < n; i++) {
            if (parent[i] < 0) root = i;
            else start[parent[i] + 1]++;
        }

        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }

        int[] children = new int[n];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            if (parent[i] >= 0) children[fill[parent[i]]++] = i;
        }

        long[] sums = new long[n]; // at most n levels
        int levels = 0;
        int[] queue = new int[n];
        queue[0] = root;
        int head = 0, tail = 1;
        while (head < tail) {
            int levelEnd = tail;
            long sum = 0;
            for (; head < levelEnd; head++) {
                int node = queue[head];
                sum += value[node];
                for (int c = start[node]; c < start[node + 1]; c++) {
                    queue[tail++] = children[c];
                }
            }

            sums[levels++] = sum;
        }

        return Arrays.copyOf(sums, levels);
    }
}
