#include <bits/stdc++.h>
using namespace std;

// Bottom-up DP: best[x] = fewest coins summing to x, built from 0 up to amount.
// O(amount * coins.size()) time, O(amount) memory.
int solution(vector<int>& coins, int amount) {
    const int unreachable = INT_MAX;
    vector<int> usable;
    for (int c : coins) {
        if (c <= amount && find(usable.begin(), usable.end(), c) == usable.end()) {
            usable.push_back(c);
        }
    }
    vector<int> best(amount + 1, 0);
    for (int x = 1; x <= amount; x++) {
        int fewest = unreachable;
        for (int c : usable) {
            if (c <= x && best[x - c] != unreachable && best[x - c] + 1 < fewest) {
                fewest = best[x - c] + 1;
            }
        }
        best[x] = fewest;
    }
    return best[amount] == unreachable ? -1 : best[amount];
}
