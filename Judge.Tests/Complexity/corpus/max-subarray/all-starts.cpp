// complexity: O(n^2)
// Every start, extended to every end with a running sum.
#include <bits/stdc++.h>
using namespace std;

long long solution(vector<int>& a) {
    long long best = LLONG_MIN;
    size_t n = a.size();
    for (size_t i = 0; i < n; i++) {
        long long sum = 0;
        for (size_t j = i; j < n; j++) {
            sum += a[j];
            if (sum > best) best = sum;
        }
    }
    return best;
}
