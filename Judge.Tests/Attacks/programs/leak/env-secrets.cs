// expect: OK — scans its environment for anything named or valued like a secret of the judge (PASS, TOKEN, POSTGRES, DOCKER, a connection string...); the sandbox gets a clean environment, so the sum is returned.
using System;
using System.Collections;
using System.Text.RegularExpressions;

class Solution
{
    private static readonly Regex Secret = new("PASS|SECRET|TOKEN|KEY|CONNECTION|POSTGRES|JUDGE|HANGFIRE|DOCKER", RegexOptions.IgnoreCase);

    public long solution(int[] a)
    {
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var name = e.Key?.ToString() ?? "";
            var value = e.Value?.ToString() ?? "";
            if (Secret.IsMatch(name) || Secret.IsMatch(value)) return -424242;
        }

        long sum = 0;
        foreach (var x in a) sum += x;
        return sum;
    }
}
