// Bottom-up DP: best[x] = fewest coins summing to x, built from 0 up to amount.
// O(amount * coins.length) time, O(amount) memory.
function solution(coins, amount) {
    const unreachable = 2147483647;
    const usable = Array.from(new Set(coins.filter((c) => c <= amount)));
    const best = new Int32Array(amount + 1);
    for (let x = 1; x <= amount; x++) {
        let fewest = unreachable;
        for (let i = 0; i < usable.length; i++) {
            const c = usable[i];
            if (c <= x && best[x - c] !== unreachable && best[x - c] + 1 < fewest) {
                fewest = best[x - c] + 1;
            }
        }
        best[x] = fewest;
    }
    return best[amount] === unreachable ? -1 : best[amount];
}
