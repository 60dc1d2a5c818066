// complexity: O(n)
// Counts in a hash map; distinct values put in increasing order by a 4-pass byte radix sort, then stably bucketed by count.
class Solution
{
    public int[] solution(int[] a, int k)
    {
        var counts = new Dictionary<int, int>();
        foreach (var x in a) counts[x] = counts.GetValueOrDefault(x) + 1;

        var d = counts.Count;
        var keys = new uint[d];
        var i = 0;
        foreach (var value in counts.Keys) keys[i++] = (uint)value ^ 0x80000000u; // order-preserving unsigned key
        var buffer = new uint[d];
        var bucket = new int[257];
        for (var shift = 0; shift < 32; shift += 8)
        {
            System.Array.Clear(bucket);
            foreach (var key in keys) bucket[((key >> shift) & 255) + 1]++;
            for (var b = 0; b < 256; b++) bucket[b + 1] += bucket[b];
            foreach (var key in keys) buffer[bucket[(key >> shift) & 255]++] = key;
            (keys, buffer) = (buffer, keys);
        }

        // Stable counting sort by count, largest first: equal counts keep increasing value order.
        var n = a.Length;
        var start = new int[n + 2];
        foreach (var key in keys) start[n - counts[(int)(key ^ 0x80000000u)] + 1]++;
        for (var c = 0; c <= n; c++) start[c + 1] += start[c];
        var ordered = new int[d];
        foreach (var key in keys)
        {
            var value = (int)(key ^ 0x80000000u);
            ordered[start[n - counts[value]]++] = value;
        }

        var result = new int[System.Math.Min(k, d)];
        System.Array.Copy(ordered, result, result.Length);
        return result;
    }
}
