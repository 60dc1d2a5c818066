# Second correct solution: prefix sums with itertools.accumulate. O(N + M).
from itertools import accumulate


def solution(a, queries):
    prefix = [0]
    prefix.extend(accumulate(a))
    return [prefix[r + 1] - prefix[l] for l, r in queries]
