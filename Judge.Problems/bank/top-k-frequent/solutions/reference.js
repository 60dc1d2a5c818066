// Count with a hash map, sort the distinct values by (count desc, value asc), keep the first k.
// O(n + d log d) for d distinct values. The sort key is (n - count) * 2^32 + (value + 2^31):
// below 2^53, so exact in a double, and ordered by count desc, then value asc.
function solution(a, k) {
    const counts = new Map();
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        counts.set(x, (counts.get(x) || 0) + 1);
    }

    const TWO32 = 4294967296;
    const TWO31 = 2147483648;
    const n = a.length;
    const order = new Float64Array(counts.size);
    let i = 0;
    for (const [value, count] of counts) {
        order[i++] = (n - count) * TWO32 + (value + TWO31);
    }

    order.sort(); // typed arrays sort numerically
    const result = new Array(Math.min(k, order.length));
    for (let j = 0; j < result.length; j++) {
        result[j] = (order[j] % TWO32) - TWO31;
    }
    return result;
}
