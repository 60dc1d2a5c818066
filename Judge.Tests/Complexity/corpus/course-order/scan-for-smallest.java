// complexity: O(n^2)
// Each of the n steps scans every course (no early exit) and keeps the smallest one that is free and not yet taken.
class Solution {
    public int[] solution(int n, int[][] prerequisites) {
        int[] waiting = new int[n];
        int[] start = new int[n + 1];
        for (int[] p : prerequisites) { waiting[p[0]]++; start[p[1] + 1]++; }
        for (int i = 0; i < n; i++) start[i + 1] += start[i];
        int[] unlocks = new int[prerequisites.length];
        int[] fill = start.clone();
        for (int[] p : prerequisites) unlocks[fill[p[1]]++] = p[0];

        boolean[] taken = new boolean[n];
        int[] order = new int[n];
        for (int step = 0; step < n; step++) {
            int course = -1;
            for (int c = n - 1; c >= 0; c--) {
                if (!taken[c] && waiting[c] == 0) course = c;
            }
            if (course < 0) return new int[0];
            taken[course] = true;
            order[step] = course;
            for (int e = start[course]; e < start[course + 1]; e++) waiting[unlocks[e]]--;
        }
        return order;
    }
}
