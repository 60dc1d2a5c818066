# complexity: O(n log n)
# Depth of every node (iteratively, memoised), then nodes sorted by depth and summed level by level.
def solution(parent, value):
    n = len(parent)
    depth = [-1] * n
    for v in range(n):
        path = []
        u = v
        while u >= 0 and depth[u] < 0:
            path.append(u)
            u = parent[u]
        d = -1 if u < 0 else depth[u]
        for w in reversed(path):
            d += 1
            depth[w] = d
    sums = []
    for v in sorted(range(n), key=lambda i: depth[i]):
        if depth[v] == len(sums):
            sums.append(0)
        sums[depth[v]] += value[v]
    return sums
