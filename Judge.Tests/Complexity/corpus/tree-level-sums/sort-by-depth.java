// complexity: O(n log n)
// Depth of every node (iteratively, memoised), then nodes sorted by depth and summed level by level.
import java.util.Arrays;

class Solution {
    public long[] solution(int[] parent, int[] value) {
        int n = parent.length;
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        int[] stack = new int[n];
        for (int v = 0; v < n; v++) {
            int top = 0, u = v;
            while (u >= 0 && depth[u] < 0) { stack[top++] = u; u = parent[u]; }
            int d = u < 0 ? -1 : depth[u];
            while (top > 0) depth[stack[--top]] = ++d;
        }
        long[] keys = new long[n];
        for (int v = 0; v < n; v++) keys[v] = ((long) depth[v] << 20) | v;
        Arrays.sort(keys);
        int levels = (int) (keys[n - 1] >> 20) + 1;
        long[] sums = new long[levels];
        for (long k : keys) sums[(int) (k >> 20)] += value[(int) (k & ((1 << 20) - 1))];
        return sums;
    }
}
