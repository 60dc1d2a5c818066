import java.util.*;

class Solution {
    private static final int[][] MOVES = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    public int solution(String[] grid) {
        int rows = grid.length;
        int cols = grid[0].length();
        char[][] cells = new char[rows][];
        for (int i = 0; i < rows; i++) {
            cells[i] = grid[i].toCharArray();
        }
        int result = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (cells[i][j] == '#') {
                    result++;
                    cells[i][j] = '.';
                    queue.add(new int[] {i, j});
                    while (!queue.isEmpty()) {
                        int[] cur = queue.poll();
                        for (int[] m : MOVES) {
                            int a = cur[0] + m[0], b = cur[1] + m[1];
                            if (a >= 0 && a < rows && b >= 0 && b < cols && cells[a][b] == '#') {
                                cells[a][b] = '.';
                                queue.add(new int[] {a, b});
                            }
                        }
                    }
                }
            }
        }
        return result;
    }
}
