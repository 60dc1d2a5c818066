// complexity: O(n)
// Depth of every node by a memoised walk up (each node resolved once), then value added to its level.
function solution(parent, value) {
    const n = parent.length;
    const depth = new Int32Array(n).fill(-1);
    const stack = new Int32Array(n);
    let height = 0;
    for (let v = 0; v < n; v++) {
        let top = 0, u = v;
        while (u >= 0 && depth[u] < 0) { stack[top++] = u; u = parent[u]; }
        let d = u < 0 ? -1 : depth[u];
        while (top > 0) depth[stack[--top]] = ++d;
        if (depth[v] + 1 > height) height = depth[v] + 1;
    }
    const sums = new Array(height).fill(0);
    for (let v = 0; v < n; v++) sums[depth[v]] += value[v];
    return sums;
}
