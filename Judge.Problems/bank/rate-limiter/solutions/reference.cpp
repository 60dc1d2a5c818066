#include <bits/stdc++.h>
using namespace std;

// Counts the bucket in thousandths of a token: it holds at most capacity * 1000 units, gains
// refillPerSecond units per millisecond, and an allowed request takes 1000 units. O(N).
vector<bool> solution(int capacity, int refillPerSecond, vector<long long>& timestampsMs) {
    long long full = capacity * 1000LL;
    long long units = full;
    long long last = timestampsMs[0];
    long long rate = refillPerSecond;
    vector<bool> allowed(timestampsMs.size(), false);
    for (size_t i = 0; i < timestampsMs.size(); i++) {
        long long elapsed = timestampsMs[i] - last;
        last = timestampsMs[i];

        // elapsed * refillPerSecond can exceed 2^63 after a long pause: compare against the time
        // the bucket needs to fill up instead, and multiply only when the product stays small.
        long long missing = full - units;
        long long toFill = (missing + rate - 1) / rate;
        units = elapsed >= toFill ? full : units + elapsed * rate;

        if (units >= 1000) {
            units -= 1000;
            allowed[i] = true;
        }
    }
    return allowed;
}
