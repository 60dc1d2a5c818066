# Bug on purpose: checks "cache is full" before checking whether the key is already there, so
# updating an existing key in a full cache throws away another entry.
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
            if len(cache) >= capacity:
                cache.popitem(last=False)
            cache[key] = op[2]
            cache.move_to_end(key)
    return results
