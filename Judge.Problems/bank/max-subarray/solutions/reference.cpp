#include <bits/stdc++.h>
using namespace std;

// Kadane: the best slice ending at i either extends the best ending at i-1 or starts at i.
long long solution(vector<int>& a) {
    long long best = a[0], current = a[0];
    for (size_t i = 1; i < a.size(); i++) {
        current = max((long long)a[i], current + a[i]);
        best = max(best, current);
    }
    return best;
}
