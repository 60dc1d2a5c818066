// Correct but O(amount^2): best[x] tries every split x = y + (x - y) instead of every coin.
class Solution
{
    public int solution(int[] coins, int amount)
    {
        const int Unreachable = int.MaxValue;
        var best = new int[amount + 1];
        for (var x = 1; x <= amount; x++)
        {
            best[x] = Unreachable;
        }

        foreach (var c in coins)
        {
            if (c <= amount)
            {
                best[c] = 1;
            }
        }

        for (var x = 2; x <= amount; x++)
        {
            if (best[x] == 1)
            {
                continue;
            }

            for (var y = 1; y <= x / 2; y++)
            {
                if (best[y] != Unreachable && best[x - y] != Unreachable && best[y] + best[x - y] < best[x])
                {
                    best[x] = best[y] + best[x - y];
                }
            }
        }

        return best[amount] == Unreachable ? -1 : best[amount];
    }
}
