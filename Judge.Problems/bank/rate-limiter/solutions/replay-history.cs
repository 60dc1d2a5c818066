// Correct but O(N^2): decides every request by replaying the bucket from the first request.
class Solution
{
    public bool[] solution(int capacity, int refillPerSecond, long[] timestampsMs)
    {
        var n = timestampsMs.Length;
        var allowed = new bool[n];
        long full = capacity * 1000L;
        for (var i = 0; i < n; i++)
        {
            long units = full;
            var ok = false;
            for (var j = 0; j <= i; j++)
            {
                var elapsed = j == 0 ? 0 : timestampsMs[j] - timestampsMs[j - 1];
                var added = (System.Int128)elapsed * refillPerSecond + units;
                units = added >= full ? full : (long)added;
                ok = units >= 1000;
                if (ok)
                {
                    units -= 1000;
                }
            }

            allowed[i] = ok;
        }

        return allowed;
    }
}
