# Second correct solution: Python integers do not overflow, so refill and cap directly. O(N).
def solution(capacity, refillPerSecond, timestampsMs):
    full = capacity * 1000
    units = full
    last = timestampsMs[0]
    allowed = []
    for t in timestampsMs:
        units = min(full, units + (t - last) * refillPerSecond)
        last = t
        if units >= 1000:
            units -= 1000
            allowed.append(True)
        else:
            allowed.append(False)
    return allowed
