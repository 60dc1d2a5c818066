// complexity: O(n)
// Best subarray ending at i = prefix[i+1] - (smallest earlier prefix).
#include <vector>
#include <algorithm>
long long solution(std::vector<int> a) {
    long long prefix = 0, lowest = 0, best = a[0];
    for (int x : a) {
        prefix += x;
        best = std::max(best, prefix - lowest);
        lowest = std::min(lowest, prefix);
    }
    return best;
}
