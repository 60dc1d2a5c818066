#include <bits/stdc++.h>
using namespace std;

// Children lists in one flat array (counting sort by parent), then breadth-first from the root,
// one level at a time. O(N) time and memory; sums are 64-bit.
vector<long long> solution(vector<int>& parent, vector<int>& value) {
    int n = (int)parent.size();
    vector<int> start(n + 1, 0);
    int root = -1;
    for (int i = 0; i < n; i++) {
        if (parent[i] < 0) root = i;
        else start[parent[i] + 1]++;
    }

    for (int i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }

    vector<int> children(n);
    vector<int> fill = start;
    for (int i = 0; i < n; i++) {
        if (parent[i] >= 0) children[fill[parent[i]]++] = i;
    }

    vector<long long> sums;
    vector<int> queue(n);
    queue[0] = root;
    int head = 0, tail = 1;
    while (head < tail) {
        int levelEnd = tail;
        long long sum = 0;
        for (; head < levelEnd; head++) {
            int node = queue[head];
            sum += value[node];
            for (int c = start[node]; c < start[node + 1]; c++) {
                queue[tail++] = children[c];
            }
        }

        sums.push_back(sum);
    }

    return sums;
}
