# Bug on purpose: greedy, always cuts off the longest dictionary word that starts here and never
# backtracks. Fails "sunflowerseed" with "flowers" in the dictionary.
def solution(s, words):
    vocab = set(words)
    longest = max(len(w) for w in words)
    i = 0
    while i < len(s):
        for length in range(min(longest, len(s) - i), 0, -1):
            if s[i:i + length] in vocab:
                i += length
                break
        else:
            return False
    return True
