# Bug on purpose (off by one): treats r as exclusive, so every answer misses a[r].
from itertools import accumulate


def solution(a, queries):
    prefix = [0]
    prefix.extend(accumulate(a))
    return [prefix[r] - prefix[l] for l, r in queries]
