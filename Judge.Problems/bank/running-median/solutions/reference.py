# Second correct solution: two heaps with heapq (the max-heap stores negated values; Python ints
# do not overflow), O(n log n).
import heapq


def solution(a):
    low, high = [], []  # low: negated values of the smaller half; high: the larger half
    push, pop = heapq.heappush, heapq.heappop
    result = []
    for x in a:
        if not low or x <= -low[0]:
            push(low, -x)
        else:
            push(high, x)
        if len(low) > len(high) + 1:
            push(high, -pop(low))
        elif len(high) > len(low):
            push(low, -pop(high))
        result.append(-low[0])
    return result
