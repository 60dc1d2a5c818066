// Correct but O(M * capacity): the recency order is a linked list searched by key on every hit,
// which is O(M^2) when the cache holds a constant fraction of the keys.
class Solution
{
    public int[] solution(int capacity, int[][] ops)
    {
        var values = new Dictionary<int, int>();
        var order = new LinkedList<int>(); // least recent first
        var results = new List<int>();
        foreach (var op in ops)
        {
            var key = op[1];
            if (op[0] == 0)
            {
                if (values.TryGetValue(key, out var v))
                {
                    order.Remove(key);
                    order.AddLast(key);
                    results.Add(v);
                }
                else
                {
                    results.Add(-1);
                }
            }
            else if (values.ContainsKey(key))
            {
                values[key] = op[2];
                order.Remove(key);
                order.AddLast(key);
            }
            else
            {
                if (values.Count == capacity)
                {
                    values.Remove(order.First!.Value);
                    order.RemoveFirst();
                }

                values[key] = op[2];
                order.AddLast(key);
            }
        }

        return results.ToArray();
    }
}
