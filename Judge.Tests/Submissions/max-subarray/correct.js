function solution(a) {
    let best = a[0], current = a[0];
    for (let i = 1; i < a.length; i++) {
        current = Math.max(a[i], current + a[i]);
        best = Math.max(best, current);
    }
    return best;
}
