// complexity: O(n log n)
// Last-use times kept in a TreeMap (red-black tree): each use re-keys one entry, eviction polls the minimum, O(log n) each.
import java.util.*;

class Solution {
    public int[] solution(int capacity, int[][] ops) {
        HashMap<Integer, int[]> entries = new HashMap<>(); // key -> {value, stamp}
        TreeMap<Integer, Integer> byStamp = new TreeMap<>(); // stamp -> key
        int[] results = new int[ops.length];
        int count = 0, clock = 0;
        for (int[] op : ops) {
            int key = op[1];
            clock++;
            int[] e = entries.get(key);
            if (op[0] == 0) {
                if (e != null) {
                    byStamp.remove(e[1]);
                    e[1] = clock;
                    byStamp.put(clock, key);
                    results[count++] = e[0];
                } else {
                    results[count++] = -1;
                }
            } else if (e != null) {
                byStamp.remove(e[1]);
                e[0] = op[2];
                e[1] = clock;
                byStamp.put(clock, key);
            } else {
                if (entries.size() >= capacity) {
                    Map.Entry<Integer, Integer> oldest = byStamp.pollFirstEntry();
                    entries.remove(oldest.getValue());
                }
                entries.put(key, new int[] { op[2], clock });
                byStamp.put(clock, key);
            }
        }
        return Arrays.copyOf(results, count);
    }
}
