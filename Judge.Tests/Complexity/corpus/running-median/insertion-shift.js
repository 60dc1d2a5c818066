// complexity: O(n^2)
// Keeps the prefix sorted in an array, shifting larger elements right to insert each arrival (n/2 moves on random input).
function solution(a) {
    const n = a.length;
    const sorted = new Int32Array(n);
    const result = new Array(n);
    for (let i = 0; i < n; i++) {
        const x = a[i];
        let j = i;
        while (j > 0 && sorted[j - 1] > x) { sorted[j] = sorted[j - 1]; j--; }
        sorted[j] = x;
        result[i] = sorted[i >> 1];
    }
    return result;
}
