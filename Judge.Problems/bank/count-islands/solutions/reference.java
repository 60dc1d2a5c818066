import java.util.*;

class Solution {
    // Iterative flood fill with an explicit stack over flat cell indices: O(R·C) time and memory,
    // no recursion (a snake-shaped island can be half a million cells long).
    public int solution(String[] grid) {
        int rows = grid.length;
        int cols = grid[0].length();
        boolean[] seen = new boolean[rows * cols];
        int[] stack = new int[rows * cols];
        int islands = 0;
        for (int start = 0; start < rows * cols; start++) {
            if (seen[start] || grid[start / cols].charAt(start % cols) != '#') {
                continue;
            }

            islands++;
            seen[start] = true;
            int top = 0;
            stack[top++] = start;
            while (top > 0) {
                int cell = stack[--top];
                int r = cell / cols;
                int c = cell % cols;
                if (r > 0 && !seen[cell - cols] && grid[r - 1].charAt(c) == '#') {
                    seen[cell - cols] = true;
                    stack[top++] = cell - cols;
                }
                if (r + 1 < rows && !seen[cell + cols] && grid[r + 1].charAt(c) == '#') {
                    seen[cell + cols] = true;
                    stack[top++] = cell + cols;
                }
                if (c > 0 && !seen[cell - 1] && grid[r].charAt(c - 1) == '#') {
                    seen[cell - 1] = true;
                    stack[top++] = cell - 1;
                }
                if (c + 1 < cols && !seen[cell + 1] && grid[r].charAt(c + 1) == '#') {
                    seen[cell + 1] = true;
                    stack[top++] = cell + 1;
                }
            }
        }
        return islands;
    }
}
