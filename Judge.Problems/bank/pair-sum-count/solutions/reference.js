// One pass with a hash map of the values seen so far: every a[j] matches each earlier
// a[i] = target - a[j] (exact in a double: |target - a[j]| < 2^33). O(n) expected.
// The count is at most n(n-1)/2 < 5e9, exact too.
function solution(a, target) {
    const seen = new Map();
    let pairs = 0;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const count = seen.get(target - x);
        if (count !== undefined) {
            pairs += count;
        }

        seen.set(x, (seen.get(x) || 0) + 1);
    }
    return pairs;
}
