# complexity: O(n log n)
# Sort, then for each element two hand-written binary searches for its complement's range to the right.
def solution(a, target):
    v = sorted(a)
    n = len(v)
    count = 0
    for i in range(n):
        need = target - v[i]
        lo, hi = i + 1, n
        while lo < hi:
            mid = (lo + hi) >> 1
            if v[mid] < need:
                lo = mid + 1
            else:
                hi = mid
        first = lo
        hi = n
        while lo < hi:
            mid = (lo + hi) >> 1
            if v[mid] <= need:
                lo = mid + 1
            else:
                hi = mid
        count += lo - first
    return count
