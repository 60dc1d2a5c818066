from collections import deque


def solution(grid):
    """Breadth-first search from every unvisited land cell."""
    height = len(grid)
    width = len(grid[0]) if height else 0
    visited = set()
    count = 0
    for r in range(height):
        for c in range(width):
            if grid[r][c] != "#" or (r, c) in visited:
                continue
            count += 1
            visited.add((r, c))
            queue = deque([(r, c)])
            while queue:
                y, x = queue.popleft()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < height and 0 <= nx < width and grid[ny][nx] == "#" and (ny, nx) not in visited:
                        visited.add((ny, nx))
                        queue.append((ny, nx))
    return count
