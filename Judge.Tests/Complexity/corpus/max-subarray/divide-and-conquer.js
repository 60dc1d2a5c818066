// complexity: O(n log n)
// Best sum in the left half, the right half, or across the middle: T(n) = 2T(n/2) + O(n).
function solution(a) {
    function best(lo, hi) {
        if (lo === hi) return a[lo];
        const mid = (lo + hi) >> 1;
        let sum = 0, left = -Infinity, right = -Infinity;
        for (let i = mid; i >= lo; i--) { sum += a[i]; if (sum > left) left = sum; }
        sum = 0;
        for (let i = mid + 1; i <= hi; i++) { sum += a[i]; if (sum > right) right = sum; }
        return Math.max(left + right, best(lo, mid), best(mid + 1, hi));
    }
    return best(0, a.length - 1);
}
