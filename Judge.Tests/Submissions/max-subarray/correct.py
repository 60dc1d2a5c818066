# A second correct approach (not the bank's Kadane): best prefix sum minus the smallest earlier one.
def solution(a):
    prefix = 0
    smallest_before = 0
    best = None
    for x in a:
        prefix += x
        candidate = prefix - smallest_before
        if best is None or candidate > best:
            best = candidate
        smallest_before = min(smallest_before, prefix)
    return best
