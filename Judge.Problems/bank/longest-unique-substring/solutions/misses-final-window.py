# Bug on purpose: the best length is only recorded when a repeat closes a window, so a longest
# window that runs to the end of the string (or a string with no repeat at all) is missed.
def solution(s):
    last = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            best = max(best, i - start)
            start = last[ch] + 1
        last[ch] = i
    return best
