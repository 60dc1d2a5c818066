// Bug on purpose: values with equal counts keep the order of their first appearance in a
// (a stable sort on the count alone) instead of increasing value.
class Solution
{
    public int[] solution(int[] a, int k)
    {
        var counts = new Dictionary<int, int>();
        foreach (var x in a)
        {
            counts[x] = counts.GetValueOrDefault(x) + 1;
        }

        return counts.OrderByDescending(e => e.Value).Take(k).Select(e => e.Key).ToArray();
    }
}
