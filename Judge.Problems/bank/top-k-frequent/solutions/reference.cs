class Solution
{
    // Count with a hash map, sort the distinct values by (count desc, value asc), keep the first k.
    // O(n + d log d) for d distinct values. CompareTo, not subtraction: values span all 32 bits.
    public int[] solution(int[] a, int k)
    {
        var counts = new Dictionary<int, int>();
        foreach (var x in a)
        {
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        var values = new int[counts.Count];
        var freq = new int[counts.Count];
        var i = 0;
        foreach (var (value, count) in counts)
        {
            values[i] = value;
            freq[i++] = count;
        }

        var order = Enumerable.Range(0, values.Length).ToArray();
        Array.Sort(order, (x, y) => freq[x] != freq[y] ? freq[y].CompareTo(freq[x]) : values[x].CompareTo(values[y]));
        var result = new int[Math.Min(k, values.Length)];
        for (var j = 0; j < result.Length; j++)
        {
            result[j] = values[order[j]];
        }
        return result;
    }
}
