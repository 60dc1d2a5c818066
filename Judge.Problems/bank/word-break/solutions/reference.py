# Second correct solution: DP over prefixes with a set of words, trying only the word lengths
# that occur. O(s.length * distinct lengths * 20).
def solution(s, words):
    vocab = set(words)
    lengths = sorted({len(w) for w in words})
    n = len(s)
    reachable = bytearray(n + 1)
    reachable[0] = 1
    for i in range(n):
        if not reachable[i]:
            continue
        for length in lengths:
            j = i + length
            if j > n:
                break
            if not reachable[j] and s[i:j] in vocab:
                reachable[j] = 1
    return bool(reachable[n])
