# complexity: O(n log n)
# A Fenwick tree built by n point updates; each query is two prefix sums of O(log n).
def solution(a, queries):
    n = len(a)
    tree = [0] * (n + 1)
    for i, x in enumerate(a):
        j = i + 1
        while j <= n:
            tree[j] += x
            j += j & -j

    def prefix(k):
        s = 0
        while k > 0:
            s += tree[k]
            k -= k & -k
        return s

    return [prefix(r + 1) - prefix(l) for l, r in queries]
