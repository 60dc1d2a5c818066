// Bug on purpose: uses int.MaxValue as "unreachable" and adds 1 to it unchecked, so an
// unreachable smaller amount wraps to int.MinValue and wins every minimum after it.
class Solution
{
    public int solution(int[] coins, int amount)
    {
        var best = new int[amount + 1];
        for (var x = 1; x <= amount; x++)
        {
            best[x] = int.MaxValue;
            foreach (var c in coins)
            {
                if (c <= x)
                {
                    best[x] = System.Math.Min(best[x], best[x - c] + 1);
                }
            }
        }

        return best[amount] == int.MaxValue ? -1 : best[amount];
    }
}
