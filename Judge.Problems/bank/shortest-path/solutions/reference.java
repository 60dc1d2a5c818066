import java.util.*;

class Solution {
    // Dijkstra with a binary heap and lazy deletion over a compact (CSR) adjacency list:
    // O((n + m) log m) time, O(n + m) memory. Distances are 64-bit: a route can cost ~1e14.
    public long solution(int n, int[][] edges, int source, int target) {
        if (source == target) {
            return 0;
        }

        int[] start = new int[n + 1];
        for (int[] e : edges) {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }

        int[] fill = start.clone();
        int[] to = new int[2 * edges.length];
        int[] cost = new int[2 * edges.length];
        for (int[] e : edges) {
            to[fill[e[0]]] = e[1];
            cost[fill[e[0]]++] = e[2];
            to[fill[e[1]]] = e[0];
            cost[fill[e[1]]++] = e[2];
        }

        long[] dist = new long[n];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[source] = 0;

        // Binary min-heap of (distance, junction) in parallel arrays: every push follows a
        // successful relaxation, so at most 2m + 1 entries are ever pushed.
        long[] heapKey = new long[2 * edges.length + 1];
        int[] heapNode = new int[2 * edges.length + 1];
        heapKey[0] = 0;
        heapNode[0] = source;
        int size = 1;
        while (size > 0) {
            long d = heapKey[0];
            int u = heapNode[0];
            // pop
            size--;
            long lastKey = heapKey[size];
            int lastNode = heapNode[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && heapKey[child + 1] < heapKey[child]) child++;
                if (heapKey[child] >= lastKey) break;
                heapKey[i] = heapKey[child];
                heapNode[i] = heapNode[child];
                i = child;
            }
            if (size > 0) {
                heapKey[i] = lastKey;
                heapNode[i] = lastNode;
            }

            if (d > dist[u]) {
                continue; // a stale entry: u was settled with a smaller distance already
            }
            if (u == target) {
                return d;
            }
            for (int k = start[u]; k < start[u + 1]; k++) {
                long nd = d + cost[k];
                int v = to[k];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    // push
                    int j = size++;
                    while (j > 0) {
                        int parent = (j - 1) >> 1;
                        if (heapKey[parent] <= nd) break;
                        heapKey[j] = heapKey[parent];
                        heapNode[j] = heapNode[parent];
                        j = parent;
                    }
                    heapKey[j] = nd;
                    heapNode[j] = v;
                }
            }
        }

        return -1;
    }
}
