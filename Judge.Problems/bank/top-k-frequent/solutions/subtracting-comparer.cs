// Bug on purpose: the tie-break compares values by subtraction (x - y), which overflows when the
// values are far apart (e.g. -2 000 000 000 and 2 000 000 000) and puts the larger one first.
class Solution
{
    public int[] solution(int[] a, int k)
    {
        var counts = new Dictionary<int, int>();
        foreach (var x in a)
        {
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        var entries = counts.ToList();
        entries.Sort((x, y) => x.Value != y.Value ? y.Value - x.Value : x.Key - y.Key);
        return entries.Take(k).Select(e => e.Key).ToArray();
    }
}
