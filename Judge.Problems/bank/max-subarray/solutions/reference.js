// Kadane: the best slice ending at i either extends the best ending at i-1 or starts at i.
// Sums stay below 1e14 in magnitude, exact in a double.
function solution(a) {
    let best = a[0], current = a[0];
    for (let i = 1; i < a.length; i++) {
        current = Math.max(a[i], current + a[i]);
        best = Math.max(best, current);
    }
    return best;
}
