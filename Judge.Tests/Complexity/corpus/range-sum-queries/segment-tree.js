// complexity: O(n log n)
// A bottom-up segment tree; each of the n queries climbs O(log n) levels from both ends.
function solution(a, queries) {
    const n = a.length;
    const tree = new Float64Array(2 * n);
    for (let i = 0; i < n; i++) tree[n + i] = a[i];
    for (let i = n - 1; i > 0; i--) tree[i] = tree[2 * i] + tree[2 * i + 1];
    const result = new Array(queries.length);
    for (let q = 0; q < queries.length; q++) {
        let l = queries[q][0] + n, r = queries[q][1] + n + 1, s = 0;
        while (l < r) {
            if (l & 1) s += tree[l++];
            if (r & 1) s += tree[--r];
            l >>= 1;
            r >>= 1;
        }
        result[q] = s;
    }
    return result;
}
