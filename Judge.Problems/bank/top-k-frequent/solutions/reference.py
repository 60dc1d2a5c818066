# Second correct solution: Counter, then heapq.nsmallest on the key (-count, value): O(n + d log k).
import heapq
from collections import Counter


def solution(a, k):
    counts = Counter(a)
    best = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [value for value, _ in best]
