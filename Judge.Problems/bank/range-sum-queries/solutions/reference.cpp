#include <bits/stdc++.h>
using namespace std;

// Prefix sums in 64 bits: prefix[i] = a[0] + ... + a[i-1], so a query [l, r] is
// prefix[r + 1] - prefix[l]. O(N + M).
vector<long long> solution(vector<int>& a, vector<vector<int>>& queries) {
    vector<long long> prefix(a.size() + 1, 0);
    for (size_t i = 0; i < a.size(); i++) {
        prefix[i + 1] = prefix[i] + a[i];
    }

    vector<long long> answers(queries.size());
    for (size_t q = 0; q < queries.size(); q++) {
        answers[q] = prefix[queries[q][1] + 1] - prefix[queries[q][0]];
    }
    return answers;
}
