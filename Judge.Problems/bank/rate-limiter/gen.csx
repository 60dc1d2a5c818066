// Inputs for performance groups and the complexity probe: N requests (N = timestampsMs.length).
// Seeds   1-99: random traffic: capacity and rate up to 1000, gaps of 0-2000 ms from a random start.
// Seeds 100-199: bursts: many requests in the same millisecond (up to twice the capacity), a rate that
//               does not divide 1000 (fractional tokens), pauses from nothing to a few refill times.
// Seeds 200-299: huge rates and long pauses: rate 10^8-10^9 per second, capacity up to 100, bursts at
//               equal timestamps, some after pauses of 10^10-10^11 ms where pause * rate can overflow 64 bits.
// Seeds 300-399: exact boundaries: the generator follows the bucket and sends each request exactly
//               when a token completes, one millisecond too early, or in the same millisecond.
const long MaxTime = 10_000_000_000_000;
var family = Seed / 100;
var t = new long[N];
int capacity, rate;
long now;
int[] oddRates = { 3, 7, 9, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 333, 999 };

switch (family)
{
    case 0:
        capacity = Random.Next(1, 1001);
        rate = Random.Next(1, 1001);
        now = (long)(Random.NextDouble() * 1_000_000_000_000);
        for (var i = 0; i < N; i++)
        {
            now += Random.Next(0, 2001);
            t[i] = now;
        }

        break;

    case 1:
    {
        capacity = Random.Next(5, 51);
        rate = oddRates[Random.Next(oddRates.Length)];
        now = (long)(Random.NextDouble() * 1_000_000_000_000);
        var refillMs = 1000L * capacity / rate;
        var i = 0;
        while (i < N)
        {
            var burst = Random.Next(1, 2 * capacity + 1);
            for (var b = 0; b < burst && i < N; b++)
            {
                t[i++] = now;
            }

            now += (long)(Random.NextDouble() * 3 * refillMs);
        }

        break;
    }

    case 2:
    {
        capacity = Random.Next(1, 101);
        rate = Random.Next(100_000_000, 1_000_000_001);
        now = Random.Next(0, 1000);
        var i = 0;
        while (i < N)
        {
            var burst = Random.Next(1, 2 * capacity + 1);
            for (var b = 0; b < burst && i < N; b++)
            {
                t[i++] = now;
            }

            // About one burst in 40 follows a pause of 10^10-10^11 ms (pause * rate is 10^18-10^20);
            // with about N / 50 bursts that is about 2.8 * 10^12 ms in total, and the clamp keeps it below 10^13.
            var pause = Random.Next(40) == 0 ? 10_000_000_000L + (long)(Random.NextDouble() * 90_000_000_000) : Random.Next(0, 3);
            now = Math.Min(MaxTime, now + pause);
        }

        break;
    }

    default:
    {
        capacity = Random.Next(1, 4);
        rate = oddRates[Random.Next(oddRates.Length)];
        now = (long)(Random.NextDouble() * 1_000_000_000_000);
        long full = capacity * 1000L, units = full;
        for (var i = 0; i < N; i++)
        {
            // Milliseconds until the bucket holds a whole token again.
            var wait = units >= 1000 ? 0 : (1000 - units + rate - 1) / rate;
            var pick = Random.Next(10);
            var step = pick < 7 ? wait : pick < 9 ? Math.Max(0, wait - 1) : 0;
            now += step;
            units = Math.Min(full, units + step * rate);
            if (units >= 1000)
            {
                units -= 1000;
            }

            t[i] = now;
        }

        break;
    }
}

return new object[] { capacity, rate, t };
