#include <bits/stdc++.h>
using namespace std;

// Mixes the bits of a key before hashing, so no pattern of values can pile into a few buckets.
struct PairSumHash {
    size_t operator()(long long x) const {
        unsigned long long z = (unsigned long long)x + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return (size_t)(z ^ (z >> 31));
    }
};

// One pass with a hash map of the values seen so far: every a[j] matches each earlier
// a[i] = target - a[j] (computed in 64 bits). O(n) expected.
long long solution(vector<int>& a, int target) {
    unordered_map<long long, int, PairSumHash> seen;
    seen.reserve(a.size() + 1);
    long long pairs = 0;
    for (int x : a) {
        auto found = seen.find((long long)target - x);
        if (found != seen.end()) {
            pairs += found->second;
        }

        seen[x]++;
    }
    return pairs;
}
