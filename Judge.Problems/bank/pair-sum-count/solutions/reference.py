# Second correct solution: count every value, then combine counts; a value that is exactly
# half the target pairs with itself c * (c - 1) / 2 times. O(n).
from collections import Counter


def solution(a, target):
    counts = Counter(a)
    pairs = 0
    for x, c in counts.items():
        y = target - x
        if x < y:
            pairs += c * counts.get(y, 0)
        elif x == y:
            pairs += c * (c - 1) // 2
    return pairs
