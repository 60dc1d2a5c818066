import java.util.*;

class Solution {
    // Hash map from key to a node of a doubly linked list kept in recency order (most recent first);
    // nodes live in arrays and a removed node's slot is reused. O(1) expected per operation, O(M) total.
    public int[] solution(int capacity, int[][] ops) {
        HashMap<Integer, Integer> slotOf = new HashMap<>();
        int[] keys = new int[capacity + 1];
        int[] values = new int[capacity + 1];
        int[] prev = new int[capacity + 1];
        int[] next = new int[capacity + 1];
        int head = capacity; // sentinel: next[head] is the most recent entry, prev[head] the least recent
        prev[head] = next[head] = head;
        int used = 0;
        int[] results = new int[ops.length];
        int count = 0;

        for (int[] op : ops) {
            int key = op[1];
            Integer found = slotOf.get(key);
            if (op[0] == 0) {
                if (found != null) {
                    int x = found;
                    unlink(prev, next, x);
                    pushFront(prev, next, head, x);
                    results[count++] = values[x];
                } else {
                    results[count++] = -1;
                }
            } else if (found != null) {
                int x = found;
                values[x] = op[2];
                unlink(prev, next, x);
                pushFront(prev, next, head, x);
            } else {
                int slot;
                if (used < capacity) {
                    slot = used++;
                } else {
                    slot = prev[head];
                    unlink(prev, next, slot);
                    slotOf.remove(keys[slot]);
                }

                keys[slot] = key;
                values[slot] = op[2];
                slotOf.put(key, slot);
                pushFront(prev, next, head, slot);
            }
        }

        return Arrays.copyOf(results, count);
    }

    private static void unlink(int[] prev, int[] next, int x) {
        next[prev[x]] = next[x];
        prev[next[x]] = prev[x];
    }

    private static void pushFront(int[] prev, int[] next, int head, int x) {
        prev[x] = head;
        next[x] = next[head];
        prev[next[head]] = x;
        next[head] = x;
    }
}
