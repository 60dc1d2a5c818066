// complexity: O(n log n)
// Depth of every node (iteratively, memoised), then nodes sorted by depth and summed level by level.
#include <bits/stdc++.h>
using namespace std;

vector<long long> solution(vector<int>& parent, vector<int>& value) {
    int n = parent.size();
    vector<int> depth(n, -1), stack(n);
    for (int v = 0; v < n; v++) {
        int top = 0, u = v;
        while (u >= 0 && depth[u] < 0) { stack[top++] = u; u = parent[u]; }
        int d = u < 0 ? -1 : depth[u];
        while (top > 0) depth[stack[--top]] = ++d;
    }
    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int x, int y) { return depth[x] != depth[y] ? depth[x] < depth[y] : x < y; });
    vector<long long> sums(depth[order[n - 1]] + 1, 0);
    for (int v : order) sums[depth[v]] += value[v];
    return sums;
}
