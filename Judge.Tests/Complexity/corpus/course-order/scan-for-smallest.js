// complexity: O(n^2)
// Each of the n steps scans every course (no early exit) and keeps the smallest one that is free and not yet taken.
function solution(n, prerequisites) {
    const waiting = new Int32Array(n);
    const unlocks = Array.from({ length: n }, () => []);
    for (const [a, b] of prerequisites) { waiting[a]++; unlocks[b].push(a); }
    const taken = new Uint8Array(n);
    const order = [];
    for (let step = 0; step < n; step++) {
        let course = -1;
        for (let c = n - 1; c >= 0; c--) {
            if (!taken[c] && waiting[c] === 0) course = c;
        }
        if (course < 0) return [];
        taken[course] = 1;
        order.push(course);
        for (const next of unlocks[course]) waiting[next]--;
    }
    return order;
}
