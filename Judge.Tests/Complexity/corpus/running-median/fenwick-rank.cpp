// complexity: O(n log n)
// Values ranked, then per arrival a Fenwick point update and a binary-lifting search for the median's rank.
#include <bits/stdc++.h>
using namespace std;

vector<int> solution(vector<int>& a) {
    int n = a.size();
    vector<int> result(n);
    if (n == 0) return result;
    vector<int> values(a);
    sort(values.begin(), values.end());
    values.erase(unique(values.begin(), values.end()), values.end());
    int m = values.size();
    vector<int> tree(m + 1, 0);
    int top = 1;
    while (top * 2 <= m) top *= 2;
    for (int i = 0; i < n; i++) {
        int j = lower_bound(values.begin(), values.end(), a[i]) - values.begin() + 1;
        for (; j <= m; j += j & -j) tree[j]++;
        int want = i / 2 + 1, pos = 0;
        for (int step = top; step > 0; step >>= 1) {
            int nxt = pos + step;
            if (nxt <= m && tree[nxt] < want) { pos = nxt; want -= tree[nxt]; }
        }
        result[i] = values[pos];
    }
    return result;
}
