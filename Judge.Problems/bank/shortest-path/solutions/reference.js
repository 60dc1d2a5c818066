// Dijkstra with a binary heap and lazy deletion over a compact (CSR) adjacency list:
// O((n + m) log m) time, O(n + m) memory. A route costs at most ~1e14, exact in a double.
function solution(n, edges, source, target) {
    if (source === target) {
        return 0;
    }

    const m = edges.length;
    const start = new Int32Array(n + 1);
    for (let i = 0; i < m; i++) {
        const e = edges[i];
        start[e[0] + 1]++;
        start[e[1] + 1]++;
    }
    for (let i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }

    const fill = start.slice();
    const to = new Int32Array(2 * m);
    const cost = new Float64Array(2 * m);
    for (let i = 0; i < m; i++) {
        const e = edges[i];
        to[fill[e[0]]] = e[1];
        cost[fill[e[0]]++] = e[2];
        to[fill[e[1]]] = e[0];
        cost[fill[e[1]]++] = e[2];
    }

    const dist = new Float64Array(n).fill(Infinity);
    dist[source] = 0;

    // Binary min-heap of (distance, junction) in parallel typed arrays: every push follows a
    // successful relaxation, so at most 2m + 1 entries are ever pushed.
    const heapKey = new Float64Array(2 * m + 1);
    const heapNode = new Int32Array(2 * m + 1);
    heapKey[0] = 0;
    heapNode[0] = source;
    let size = 1;
    while (size > 0) {
        const d = heapKey[0];
        const u = heapNode[0];
        // pop
        size--;
        const lastKey = heapKey[size];
        const lastNode = heapNode[size];
        let i = 0;
        while (true) {
            let child = 2 * i + 1;
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
        if (u === target) {
            return d;
        }
        for (let k = start[u]; k < start[u + 1]; k++) {
            const nd = d + cost[k];
            const v = to[k];
            if (nd < dist[v]) {
                dist[v] = nd;
                // push
                let j = size++;
                while (j > 0) {
                    const parent = (j - 1) >> 1;
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
