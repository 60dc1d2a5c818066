# Bug on purpose: counts a land cell as a new island when the cells above and to the left are
# water, so a U-shaped island (two arms that meet lower down) is counted twice.
def solution(grid):
    islands = 0
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch != "#":
                continue
            up = r > 0 and grid[r - 1][c] == "#"
            left = c > 0 and line[c - 1] == "#"
            if not up and not left:
                islands += 1
    return islands
