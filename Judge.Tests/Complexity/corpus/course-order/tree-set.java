// complexity: O(n log n)
// Kahn's algorithm with the free courses in a TreeSet (red-black tree): smallest out, newly freed in, O(log n) each.
import java.util.*;

class Solution {
    public int[] solution(int n, int[][] prerequisites) {
        int[] waiting = new int[n];
        List<List<Integer>> unlocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) unlocks.add(new ArrayList<>());
        for (int[] p : prerequisites) { waiting[p[0]]++; unlocks.get(p[1]).add(p[0]); }
        TreeSet<Integer> free = new TreeSet<>();
        for (int c = 0; c < n; c++) if (waiting[c] == 0) free.add(c);
        int[] order = new int[n];
        int taken = 0;
        while (!free.isEmpty()) {
            int course = free.pollFirst();
            order[taken++] = course;
            for (int next : unlocks.get(course)) if (--waiting[next] == 0) free.add(next);
        }
        return taken == n ? order : new int[0];
    }
}
