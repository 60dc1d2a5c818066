function solution(a) {
    let best = a[0];
    for (const x of a {
        best = Math.max(best, x);
    }
    return best;
}
