def solution(a):
    best = a[0]
    for x in a
        best = max(best, x)
    return best
