// Inputs for performance groups and the complexity probe; N is the amount, there are 100 coins.
// Seeds   1-99: coins uniform in [1, N], answer is a handful of coins.
// Seeds 100-199: coins in [100, 1000], answer in the hundreds (long chains, everything reachable).
// Seeds 200-299: even coins only and an odd amount, so the answer is -1 after exploring every amount
//                (the family for probes: no solution can stop early, and below 2000 few amounts are coins,
//                so the work varies little between inputs of one size).
// Seeds 300-399: 90 coins larger than the amount (up to 1e9) and 10 small ones in [1, 20].
var amount = Math.Max(N, 1);
var coins = new int[100];
for (var i = 0; i < coins.Length; i++)
{
    coins[i] = Seed switch
    {
        < 100 => Random.Next(1, amount + 1),
        < 200 => Random.Next(100, 1001),
        < 300 => 2 * Random.Next(1, 1001),
        _ => i < 10 ? Random.Next(1, 21) : Random.Next(amount + 1, 1_000_000_001),
    };
}

if (Seed >= 200 && Seed < 300 && amount % 2 == 0)
{
    amount -= 1;
}

return new object[] { coins, amount };
