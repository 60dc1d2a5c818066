class Solution
{
    // Bottom-up DP: best[x] = fewest coins summing to x, built from 0 up to amount.
    // O(amount * coins.length) time, O(amount) memory.
    public int solution(int[] coins, int amount)
    {
        const int Unreachable = int.MaxValue;
        var usable = coins.Where(c => c <= amount).Distinct().ToArray();
        var best = new int[amount + 1];
        for (var x = 1; x <= amount; x++)
        {
            var fewest = Unreachable;
            foreach (var c in usable)
            {
                if (c <= x && best[x - c] != Unreachable && best[x - c] + 1 < fewest)
                {
                    fewest = best[x - c] + 1;
                }
            }

            best[x] = fewest;
        }

        return best[amount] == Unreachable ? -1 : best[amount];
    }
}
