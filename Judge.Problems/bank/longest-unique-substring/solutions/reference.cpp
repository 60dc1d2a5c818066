#include <bits/stdc++.h>
using namespace std;

// Sliding window: last[c] is the latest index of character c; the window start jumps past it
// when c repeats inside the window (and never moves backwards). O(n).
int solution(string& s) {
    vector<int> last(128, -1);
    int start = 0, best = 0;
    for (int i = 0; i < (int)s.size(); i++) {
        unsigned char c = (unsigned char)s[i];
        if (last[c] >= start) {
            start = last[c] + 1;
        }

        last[c] = i;
        best = max(best, i - start + 1);
    }
    return best;
}
