# Bug on purpose: counts whole tokens only and drops the fraction earned since the last request,
# so with a rate that does not divide 1000 (or requests closer than one token apart) refills get lost.
def solution(capacity, refillPerSecond, timestampsMs):
    tokens = capacity
    last = timestampsMs[0]
    allowed = []
    for t in timestampsMs:
        tokens = min(capacity, tokens + (t - last) * refillPerSecond // 1000)
        last = t
        if tokens >= 1:
            tokens -= 1
            allowed.append(True)
        else:
            allowed.append(False)
    return allowed
