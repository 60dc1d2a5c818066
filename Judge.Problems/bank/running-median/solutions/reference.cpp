#include <bits/stdc++.h>
using namespace std;

// Two heaps: `low` (a max-heap) holds the smaller half and is never smaller than `high`
// (a min-heap, the larger half), by at most one; the lower median is the top of `low`.
// O(n log n). The max-heap compares in reverse, not by negated values: -INT_MIN overflows.
vector<int> solution(vector<int>& a) {
    priority_queue<int> low;
    priority_queue<int, vector<int>, greater<int>> high;
    vector<int> result(a.size());
    for (size_t i = 0; i < a.size(); i++) {
        int x = a[i];
        if (low.empty() || x <= low.top()) {
            low.push(x);
        } else {
            high.push(x);
        }

        if (low.size() > high.size() + 1) {
            high.push(low.top());
            low.pop();
        } else if (high.size() > low.size()) {
            low.push(high.top());
            high.pop();
        }

        result[i] = low.top();
    }
    return result;
}
