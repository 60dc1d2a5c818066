# Bug on purpose: greedy, always takes as many of the largest coin as fit. Wrong for
# coin sets like [1, 4, 5] (8 = 4 + 4) and gives up on [2, 5] with amount 6.
def solution(coins, amount):
    count = 0
    for c in sorted(set(coins), reverse=True):
        count += amount // c
        amount %= c
    return count if amount == 0 else -1
