#include <bits/stdc++.h>
using namespace std;

// Disjoint sets with path halving; count roots of land cells at the end.
static vector<int> up;

static int root(int x) {
    while (up[x] != x) x = up[x] = up[up[x]];
    return x;
}

int solution(vector<string>& grid) {
    const int h = grid.size(), w = grid[0].size();
    up.assign(h * w, -1);
    for (int i = 0; i < h; ++i)
        for (int j = 0; j < w; ++j)
            if (grid[i][j] == '#') up[i * w + j] = i * w + j;
    for (int i = 0; i < h; ++i) {
        for (int j = 0; j < w; ++j) {
            if (grid[i][j] != '#') continue;
            if (i + 1 < h && grid[i + 1][j] == '#') up[root(i * w + j)] = root((i + 1) * w + j);
            if (j + 1 < w && grid[i][j + 1] == '#') up[root(i * w + j)] = root(i * w + j + 1);
        }
    }
    int roots = 0;
    for (int id = 0; id < h * w; ++id)
        if (up[id] == id) ++roots;
    return roots;
}
