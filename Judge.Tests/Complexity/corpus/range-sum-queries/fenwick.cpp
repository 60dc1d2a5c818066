// complexity: O(n log n)
// A Fenwick tree built by n point updates; each query is two prefix sums of O(log n).
#include <vector>
std::vector<long long> solution(std::vector<int> a, std::vector<std::vector<int>> queries) {
    int n = a.size();
    std::vector<long long> tree(n + 1, 0);
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j <= n; j += j & -j) tree[j] += a[i];
    auto prefix = [&](int k) { long long s = 0; for (; k > 0; k -= k & -k) s += tree[k]; return s; };
    std::vector<long long> result;
    result.reserve(queries.size());
    for (auto& q : queries) result.push_back(prefix(q[1] + 1) - prefix(q[0]));
    return result;
}
