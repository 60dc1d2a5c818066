#include <bits/stdc++.h>
using namespace std;

// Mixes the bits of a key before hashing, so no pattern of values can pile into a few buckets.
struct TopKHash {
    size_t operator()(int x) const {
        unsigned long long z = (unsigned long long)(long long)x + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return (size_t)(z ^ (z >> 31));
    }
};

// Count with a hash map, sort the distinct values by (count desc, value asc), keep the first k.
// O(n + d log d) for d distinct values. Comparisons, not subtraction: values span all 32 bits.
vector<int> solution(vector<int>& a, int k) {
    unordered_map<int, int, TopKHash> counts;
    counts.reserve(a.size() + 1);
    for (int x : a) {
        counts[x]++;
    }

    vector<pair<int, int>> entries(counts.begin(), counts.end()); // (value, count)
    sort(entries.begin(), entries.end(), [](const pair<int, int>& x, const pair<int, int>& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    vector<int> result(min((size_t)max(k, 0), entries.size()));
    for (size_t j = 0; j < result.size(); j++) {
        result[j] = entries[j].first;
    }
    return result;
}
