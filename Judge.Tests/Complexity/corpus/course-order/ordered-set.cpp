// complexity: O(n log n)
// Kahn's algorithm with the free courses in a std::set (red-black tree): smallest out, newly freed in, O(log n) each.
#include <bits/stdc++.h>
using namespace std;

vector<int> solution(int n, vector<vector<int>>& prerequisites) {
    vector<int> waiting(n, 0);
    vector<vector<int>> unlocks(n);
    for (auto& p : prerequisites) { waiting[p[0]]++; unlocks[p[1]].push_back(p[0]); }
    set<int> free;
    for (int c = 0; c < n; c++) if (waiting[c] == 0) free.insert(c);
    vector<int> order;
    order.reserve(n);
    while (!free.empty()) {
        int course = *free.begin();
        free.erase(free.begin());
        order.push_back(course);
        for (int next : unlocks[course]) if (--waiting[next] == 0) free.insert(next);
    }
    if ((int)order.size() != n) return {};
    return order;
}
