#include <bits/stdc++.h>
using namespace std;

// Iterative flood fill with an explicit stack over flat cell indices: O(R·C) time and memory,
// no recursion (a snake-shaped island can be half a million cells long).
int solution(vector<string>& grid) {
    int rows = (int)grid.size();
    int cols = (int)grid[0].size();
    vector<char> seen((size_t)rows * cols, 0);
    vector<int> stack((size_t)rows * cols);
    int islands = 0;
    for (int start = 0; start < rows * cols; start++) {
        if (seen[start] || grid[start / cols][start % cols] != '#') {
            continue;
        }

        islands++;
        seen[start] = 1;
        int top = 0;
        stack[top++] = start;
        auto visit = [&](int next, int r, int c) {
            if (!seen[next] && grid[r][c] == '#') {
                seen[next] = 1;
                stack[top++] = next;
            }
        };
        while (top > 0) {
            int cell = stack[--top];
            int r = cell / cols;
            int c = cell % cols;
            if (r > 0) visit(cell - cols, r - 1, c);
            if (r + 1 < rows) visit(cell + cols, r + 1, c);
            if (c > 0) visit(cell - 1, r, c - 1);
            if (c + 1 < cols) visit(cell + 1, r, c + 1);
        }
    }
    return islands;
}
