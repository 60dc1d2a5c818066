# Correct but O(n^2): every start point, every end point.
def solution(a):
    best = a[0]
    for i in range(len(a)):
        s = 0
        for j in range(i, len(a)):
            s += a[j]
            if s > best:
                best = s
    return best
