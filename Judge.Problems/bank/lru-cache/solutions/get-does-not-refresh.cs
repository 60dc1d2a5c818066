// Bug on purpose: a get does not count as a use, so entries are evicted in order of their last write.
class Solution
{
    public int[] solution(int capacity, int[][] ops)
    {
        var order = new LinkedList<(int Key, int Value)>();
        var nodes = new Dictionary<int, LinkedListNode<(int Key, int Value)>>();
        var results = new List<int>();
        foreach (var op in ops)
        {
            var key = op[1];
            if (op[0] == 0)
            {
                results.Add(nodes.TryGetValue(key, out var node) ? node.Value.Value : -1);
            }
            else if (nodes.TryGetValue(key, out var node))
            {
                order.Remove(node);
                node.Value = (key, op[2]);
                order.AddLast(node);
            }
            else
            {
                if (nodes.Count == capacity)
                {
                    nodes.Remove(order.First!.Value.Key);
                    order.RemoveFirst();
                }

                nodes[key] = order.AddLast((key, op[2]));
            }
        }

        return results.ToArray();
    }
}
