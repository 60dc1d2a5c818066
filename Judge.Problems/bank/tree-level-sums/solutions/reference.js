// Children lists in one flat array (counting sort by parent), then breadth-first from the root,
// one level at a time. O(N) time and memory; a level sum stays below 1e14 in magnitude, exact in a double.
function solution(parent, value) {
    const n = parent.length;
    const start = new Int32Array(n + 1);
    let root = -1;
    for (let i = 0; i < n; i++) {
        if (parent[i] < 0) root = i;
        else start[parent[i] + 1]++;
    }

    for (let i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }

    const children = new Int32Array(n);
    const fill = start.slice();
    for (let i = 0; i < n; i++) {
        if (parent[i] >= 0) children[fill[parent[i]]++] = i;
    }

    const sums = [];
    const queue = new Int32Array(n);
    queue[0] = root;
    let head = 0, tail = 1;
    while (head < tail) {
        const levelEnd = tail;
        let sum = 0;
        for (; head < levelEnd; head++) {
            const node = queue[head];
            sum += value[node];
            for (let c = start[node]; c < start[node + 1]; c++) {
                queue[tail++] = children[c];
            }
        }

        sums.push(sum);
    }

    return sums;
}
