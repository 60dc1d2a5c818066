# complexity: O(n log n)
# Values ranked, then per arrival a Fenwick point update and a binary-lifting search for the median's rank.
def solution(a):
    n = len(a)
    if n == 0:
        return []
    values = sorted(set(a))
    rank = {v: i + 1 for i, v in enumerate(values)}
    m = len(values)
    tree = [0] * (m + 1)
    top = 1
    while top * 2 <= m:
        top *= 2
    result = []
    for i, x in enumerate(a):
        j = rank[x]
        while j <= m:
            tree[j] += 1
            j += j & -j
        want = i // 2 + 1  # the median is the want-th smallest seen so far
        pos, step = 0, top
        while step:
            nxt = pos + step
            if nxt <= m and tree[nxt] < want:
                pos = nxt
                want -= tree[nxt]
            step >>= 1
        result.append(values[pos])
    return result
