class Solution
{
    // Hash map from key to a node of a doubly linked list kept in recency order (most recent first);
    // nodes live in arrays and a removed node's slot is reused. O(1) expected per operation, O(M) total.
    public int[] solution(int capacity, int[][] ops)
    {
        var slotOf = new Dictionary<int, int>();
        var keys = new int[capacity + 1];
        var values = new int[capacity + 1];
        var prev = new int[capacity + 1];
        var next = new int[capacity + 1];
        var head = capacity; // sentinel: next[head] is the most recent entry, prev[head] the least recent
        prev[head] = next[head] = head;
        var used = 0;
        var results = new List<int>();

        void Unlink(int x)
        {
            next[prev[x]] = next[x];
            prev[next[x]] = prev[x];
        }

        void PushFront(int x)
        {
            prev[x] = head;
            next[x] = next[head];
            prev[next[head]] = x;
            next[head] = x;
        }

        foreach (var op in ops)
        {
            var key = op[1];
            if (op[0] == 0)
            {
                if (slotOf.TryGetValue(key, out var x))
                {
                    Unlink(x);
                    PushFront(x);
                    results.Add(values[x]);
                }
                else
                {
                    results.Add(-1);
                }
            }
            else if (slotOf.TryGetValue(key, out var x))
            {
                values[x] = op[2];
                Unlink(x);
                PushFront(x);
            }
            else
            {
                int slot;
                if (used < capacity)
                {
                    slot = used++;
                }
                else
                {
                    slot = prev[head];
                    Unlink(slot);
                    slotOf.Remove(keys[slot]);
                }

                keys[slot] = key;
                values[slot] = op[2];
                slotOf[key] = slot;
                PushFront(slot);
            }
        }

        return results.ToArray();
    }
}
