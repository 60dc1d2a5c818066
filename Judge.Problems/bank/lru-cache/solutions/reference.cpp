#include <bits/stdc++.h>
using namespace std;

// Mixes the bits of a key before hashing, so no pattern of keys can pile into a few buckets.
struct LruKeyHash {
    size_t operator()(long long x) const {
        unsigned long long z = (unsigned long long)x + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return (size_t)(z ^ (z >> 31));
    }
};

// Hash map from key to a node of a doubly linked list kept in recency order (most recent first);
// nodes live in arrays and a removed node's slot is reused. O(1) expected per operation, O(M) total.
vector<int> solution(int capacity, vector<vector<int>>& ops) {
    unordered_map<int, int, LruKeyHash> slotOf;
    slotOf.reserve(min<size_t>(ops.size(), (size_t)capacity) + 1);
    vector<int> keys(capacity + 1), values(capacity + 1), prev(capacity + 1), next(capacity + 1);
    int head = capacity; // sentinel: next[head] is the most recent entry, prev[head] the least recent
    prev[head] = next[head] = head;
    int used = 0;
    vector<int> results;

    auto unlink = [&](int x) {
        next[prev[x]] = next[x];
        prev[next[x]] = prev[x];
    };
    auto pushFront = [&](int x) {
        prev[x] = head;
        next[x] = next[head];
        prev[next[head]] = x;
        next[head] = x;
    };

    for (const auto& op : ops) {
        int key = op[1];
        auto found = slotOf.find(key);
        if (op[0] == 0) {
            if (found != slotOf.end()) {
                int x = found->second;
                unlink(x);
                pushFront(x);
                results.push_back(values[x]);
            } else {
                results.push_back(-1);
            }
        } else if (found != slotOf.end()) {
            int x = found->second;
            values[x] = op[2];
            unlink(x);
            pushFront(x);
        } else {
            int slot;
            if (used < capacity) {
                slot = used++;
            } else {
                slot = prev[head];
                unlink(slot);
                slotOf.erase(keys[slot]);
            }

            keys[slot] = key;
            values[slot] = op[2];
            slotOf[key] = slot;
            pushFront(slot);
        }
    }

    return results;
}
