// Iterative flood fill with an explicit stack over flat cell indices: O(R·C) time and memory,
// no recursion (a snake-shaped island can be half a million cells long).
function solution(grid) {
    const rows = grid.length;
    const cols = grid[0].length;
    const LAND = 35; // '#'
    const seen = new Uint8Array(rows * cols);
    const stack = new Int32Array(rows * cols);
    let islands = 0;
    for (let start = 0; start < rows * cols; start++) {
        if (seen[start] || grid[(start / cols) | 0].charCodeAt(start % cols) !== LAND) {
            continue;
        }

        islands++;
        seen[start] = 1;
        let top = 0;
        stack[top++] = start;
        while (top > 0) {
            const cell = stack[--top];
            const r = (cell / cols) | 0;
            const c = cell - r * cols;
            if (r > 0 && !seen[cell - cols] && grid[r - 1].charCodeAt(c) === LAND) {
                seen[cell - cols] = 1;
                stack[top++] = cell - cols;
            }
            if (r + 1 < rows && !seen[cell + cols] && grid[r + 1].charCodeAt(c) === LAND) {
                seen[cell + cols] = 1;
                stack[top++] = cell + cols;
            }
            if (c > 0 && !seen[cell - 1] && grid[r].charCodeAt(c - 1) === LAND) {
                seen[cell - 1] = 1;
                stack[top++] = cell - 1;
            }
            if (c + 1 < cols && !seen[cell + 1] && grid[r].charCodeAt(c + 1) === LAND) {
                seen[cell + 1] = 1;
                stack[top++] = cell + 1;
            }
        }
    }
    return islands;
}
