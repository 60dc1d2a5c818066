#include <bits/stdc++.h>
using namespace std;

// Dijkstra with a binary heap and lazy deletion over a compact (CSR) adjacency list:
// O((n + m) log m) time, O(n + m) memory. Distances are 64-bit: a route can cost ~1e14.
long long solution(int n, vector<vector<int>>& edges, int source, int target) {
    if (source == target) {
        return 0;
    }

    int m = (int)edges.size();
    vector<int> start(n + 1, 0);
    for (const auto& e : edges) {
        start[e[0] + 1]++;
        start[e[1] + 1]++;
    }
    for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }

    vector<int> fill = start;
    vector<int> to(2 * m), cost(2 * m);
    for (const auto& e : edges) {
        to[fill[e[0]]] = e[1];
        cost[fill[e[0]]++] = e[2];
        to[fill[e[1]]] = e[0];
        cost[fill[e[1]]++] = e[2];
    }

    vector<long long> dist(n, LLONG_MAX);
    dist[source] = 0;
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> queue;
    queue.push({0, source});
    while (!queue.empty()) {
        auto [d, u] = queue.top();
        queue.pop();
        if (d > dist[u]) {
            continue; // a stale entry: u was settled with a smaller distance already
        }
        if (u == target) {
            return d;
        }
        for (int k = start[u]; k < start[u + 1]; k++) {
            long long nd = d + cost[k];
            if (nd < dist[to[k]]) {
                dist[to[k]] = nd;
                queue.push({nd, to[k]});
            }
        }
    }

    return -1;
}
