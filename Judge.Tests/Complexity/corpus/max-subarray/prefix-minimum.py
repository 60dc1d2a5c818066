# complexity: O(n)
# Best subarray ending at i = prefix[i+1] - (smallest earlier prefix), one pass.
def solution(a):
    prefix = 0
    smallest = 0
    best = None
    for x in a:
        prefix += x
        candidate = prefix - smallest
        if best is None or candidate > best:
            best = candidate
        if prefix < smallest:
            smallest = prefix
    return best
