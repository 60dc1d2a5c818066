// complexity: O(n^2)
// Counts each distinct value by rescanning the whole array (about n/10 distinct values on random input).
function solution(a, k) {
    const distinct = Array.from(new Set(a));
    const n = a.length;
    const counts = new Int32Array(distinct.length);
    for (let d = 0; d < distinct.length; d++) {
        const v = distinct[d];
        let c = 0;
        for (let i = 0; i < n; i++) if (a[i] === v) c++;
        counts[d] = c;
    }
    const order = distinct.map((_, d) => d);
    order.sort((x, y) => counts[y] - counts[x] || (distinct[x] < distinct[y] ? -1 : distinct[x] > distinct[y] ? 1 : 0));
    return order.slice(0, Math.min(k, order.length)).map(d => distinct[d]);
}
