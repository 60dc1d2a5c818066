# Second correct solution: breadth-first search over amounts paid so far, O(amount * coins).
def solution(coins, amount):
    if amount == 0:
        return 0
    usable = sorted({c for c in coins if c <= amount})
    seen = bytearray(amount + 1)
    seen[0] = 1
    frontier = [0]
    steps = 0
    while frontier:
        steps += 1
        nxt = []
        for x in frontier:
            for c in usable:
                y = x + c
                if y > amount:
                    break
                if not seen[y]:
                    if y == amount:
                        return steps
                    seen[y] = 1
                    nxt.append(y)
        frontier = nxt
    return -1
