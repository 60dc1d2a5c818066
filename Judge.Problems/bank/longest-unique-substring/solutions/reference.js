// Sliding window: last[c] is the latest index of character c; the window start jumps past it
// when c repeats inside the window (and never moves backwards). O(n).
function solution(s) {
    const last = new Int32Array(128).fill(-1);
    let start = 0, best = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (last[c] >= start) {
            start = last[c] + 1;
        }

        last[c] = i;
        best = Math.max(best, i - start + 1);
    }
    return best;
}
