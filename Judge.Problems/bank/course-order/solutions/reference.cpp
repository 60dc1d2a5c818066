#include <bits/stdc++.h>
using namespace std;

// Kahn's algorithm with a min-heap of the courses whose prerequisites are all taken: taking the
// smallest available course each time gives the lexicographically smallest order.
// O((n + m) log n). Fewer than n courses taken means a circle: return [].
vector<int> solution(int n, vector<vector<int>>& prerequisites) {
    int m = (int)prerequisites.size();
    vector<int> start(n + 1, 0);
    vector<int> waiting(n, 0);
    for (const auto& pair : prerequisites) {
        start[pair[1] + 1]++;
        waiting[pair[0]]++;
    }

    for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }

    vector<int> unlocks(m);
    vector<int> fill = start;
    for (const auto& pair : prerequisites) {
        unlocks[fill[pair[1]]++] = pair[0];
    }

    priority_queue<int, vector<int>, greater<int>> available;
    for (int i = 0; i < n; i++) {
        if (waiting[i] == 0) available.push(i);
    }

    vector<int> order(n);
    int taken = 0;
    while (!available.empty()) {
        int course = available.top();
        available.pop();
        order[taken++] = course;
        for (int e = start[course]; e < start[course + 1]; e++) {
            int next = unlocks[e];
            if (--waiting[next] == 0) available.push(next);
        }
    }

    return taken == n ? order : vector<int>();
}
