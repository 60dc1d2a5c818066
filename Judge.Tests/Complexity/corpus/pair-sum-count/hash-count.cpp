// complexity: O(n)
// Count each value's earlier occurrences in a hash map; a value pairs with every earlier complement.
#include <bits/stdc++.h>
using namespace std;

struct MixHash {
    size_t operator()(long long x) const {
        unsigned long long z = (unsigned long long)x + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return (size_t)(z ^ (z >> 31));
    }
};

long long solution(vector<int>& a, int target) {
    unordered_map<long long, long long, MixHash> seen;
    seen.reserve(a.size() * 2 + 1);
    long long count = 0;
    for (int x : a) {
        auto it = seen.find((long long)target - x);
        if (it != seen.end()) count += it->second;
        seen[x]++;
    }
    return count;
}
