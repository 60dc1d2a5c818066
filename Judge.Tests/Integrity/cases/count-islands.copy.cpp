#include <bits/stdc++.h>
using namespace std;

/* my solution */
int solution(vector<string>& g) {
    int H = (int)g.size(), W = (int)g[0].size();
    vector<char> vis((size_t)H * W, 0);
    vector<int> st((size_t)H * W);
    int ans = 0;
    for (int p = 0; p < H * W; p++) {
        if (vis[p] || g[p / W][p % W] != '#') continue;
        ans++;
        vis[p] = 1;
        int sp = 0;
        st[sp++] = p;
        auto go = [&](int n, int y, int x) {
            if (!vis[n] && g[y][x] == '#') { vis[n] = 1; st[sp++] = n; }
        };
        while (sp > 0) {
            int q = st[--sp];
            int y = q / W;
            int x = q % W;
            if (y > 0) go(q - W, y - 1, x);
            if (y + 1 < H) go(q + W, y + 1, x);
            if (x > 0) go(q - 1, y, x - 1);
            if (x + 1 < W) go(q + 1, y, x + 1);
        }
    }
    return ans;
}
