# Second correct solution: OrderedDict keeps keys in recency order (least recent first). O(M).
from collections import OrderedDict


def solution(capacity, ops):
    cache = OrderedDict()
    results = []
    for op in ops:
        key = op[1]
        if op[0] == 0:
            if key in cache:
                cache.move_to_end(key)
                results.append(cache[key])
            else:
                results.append(-1)
        else:
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) >= capacity:
                cache.popitem(last=False)
            cache[key] = op[2]
    return results
