# Bug on purpose: treats the empty slice as allowed, so all-negative input gives 0.
def solution(a):
    best = current = 0
    for x in a:
        current = max(0, current + x)
        best = max(best, current)
    return best
