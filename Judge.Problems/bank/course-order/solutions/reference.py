# Second correct solution: Kahn's algorithm with heapq (smallest available course first).
# O((n + m) log n).
import heapq


def solution(n, prerequisites):
    unlocks = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in prerequisites:
        unlocks[b].append(a)
        waiting[a] += 1
    available = [c for c in range(n) if waiting[c] == 0]
    heapq.heapify(available)
    order = []
    while available:
        course = heapq.heappop(available)
        order.append(course)
        for nxt in unlocks[course]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(available, nxt)
    return order if len(order) == n else []
