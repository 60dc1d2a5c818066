# Bug on purpose: for a value that is exactly half the target it counts c * c pairs (each element
# with itself, and both orders) instead of c * (c - 1) / 2.
from collections import Counter


def solution(a, target):
    counts = Counter(a)
    pairs = 0
    for x, c in counts.items():
        y = target - x
        if x < y:
            pairs += c * counts.get(y, 0)
        elif x == y:
            pairs += c * c
    return pairs
