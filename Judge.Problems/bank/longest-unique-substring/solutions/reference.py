# Second correct solution: a window kept as a set; the left end drops characters until the
# incoming one is no longer inside. O(n) (each character enters and leaves the set once).
def solution(s):
    window = set()
    left = 0
    best = 0
    for ch in s:
        while ch in window:
            window.discard(s[left])
            left += 1
        window.add(ch)
        if len(window) > best:
            best = len(window)
    return best
