# Second correct solution: iterative flood fill over a grid padded with a border of water,
# so neighbours need no bounds checks. O(R*C).
def solution(grid):
    rows, cols = len(grid), len(grid[0])
    width = cols + 2
    land = bytearray(width * (rows + 2))
    for r, line in enumerate(grid):
        base = (r + 1) * width + 1
        land[base:base + cols] = line.encode().replace(b"#", b"\x01").replace(b".", b"\x00")
    steps = (1, -1, width, -width)
    islands = 0
    start = land.find(1)
    while start >= 0:
        islands += 1
        land[start] = 0
        stack = [start]
        pop, push = stack.pop, stack.append
        while stack:
            cell = pop()
            for d in steps:
                nxt = cell + d
                if land[nxt]:
                    land[nxt] = 0
                    push(nxt)
        start = land.find(1, start + 1)
    return islands
