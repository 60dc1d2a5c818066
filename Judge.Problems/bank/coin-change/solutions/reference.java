import java.util.*;

class Solution {
    // Bottom-up DP: best[x] = fewest coins summing to x, built from 0 up to amount.
    // O(amount * coins.length) time, O(amount) memory.
    public int solution(int[] coins, int amount) {
        final int unreachable = Integer.MAX_VALUE;
        int[] usable = Arrays.stream(coins).filter(c -> c <= amount).distinct().toArray();
        int[] best = new int[amount + 1];
        for (int x = 1; x <= amount; x++) {
            int fewest = unreachable;
            for (int c : usable) {
                if (c <= x && best[x - c] != unreachable && best[x - c] + 1 < fewest) {
                    fewest = best[x - c] + 1;
                }
            }
            best[x] = fewest;
        }
        return best[amount] == unreachable ? -1 : best[amount];
    }
}
