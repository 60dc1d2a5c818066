# complexity: O(n log n)
# Best sum in the left half, the right half, or across the middle: T(n) = 2T(n/2) + O(n).
def solution(a):
    def best(lo, hi):
        if lo == hi:
            return a[lo]
        mid = (lo + hi) // 2
        s, left = 0, None
        for i in range(mid, lo - 1, -1):
            s += a[i]
            left = s if left is None or s > left else left
        s, right = 0, None
        for i in range(mid + 1, hi + 1):
            s += a[i]
            right = s if right is None or s > right else right
        return max(left + right, best(lo, mid), best(mid + 1, hi))

    return best(0, len(a) - 1)
