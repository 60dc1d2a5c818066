#include <bits/stdc++.h>
using namespace std;

// DP over prefixes with a trie: from every start i that can be reached, walk the trie along
// s[i..] (at most 20 letters) and mark every end where a word finishes. O(s.length * 20).
bool solution(string& s, vector<string>& words) {
    vector<array<int, 26>> next(1);
    next[0].fill(0);
    vector<char> terminal(1, 0);
    for (const string& w : words) {
        int node = 0;
        for (char ch : w) {
            int c = ch - 'a';
            if (next[node][c] == 0) {
                next.emplace_back();
                next.back().fill(0);
                terminal.push_back(0);
                next[node][c] = (int)next.size() - 1;
            }

            node = next[node][c];
        }

        terminal[node] = 1;
    }

    int n = (int)s.size();
    vector<char> reachable(n + 1, 0);
    reachable[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!reachable[i]) {
            continue;
        }

        int node = 0;
        for (int j = i; j < n; j++) {
            node = next[node][s[j] - 'a'];
            if (node == 0) {
                break;
            }

            if (terminal[node]) {
                reachable[j + 1] = 1;
            }
        }
    }

    return reachable[n] != 0;
}
