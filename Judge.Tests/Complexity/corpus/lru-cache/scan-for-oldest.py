# complexity: O(n^2)
# Each eviction scans every cached entry for the oldest last-use time (capacity n/4, evictions frequent).
def solution(capacity, ops):
    value = {}
    stamp = {}
    results = []
    clock = 0
    for op in ops:
        key = op[1]
        clock += 1
        if op[0] == 0:
            if key in value:
                stamp[key] = clock
                results.append(value[key])
            else:
                results.append(-1)
        else:
            if key not in value and len(value) >= capacity:
                oldest, oldest_stamp = None, clock
                for k in stamp:
                    if stamp[k] < oldest_stamp:
                        oldest, oldest_stamp = k, stamp[k]
                del value[oldest]
                del stamp[oldest]
            value[key] = op[2]
            stamp[key] = clock
    return results
