function solution(grid) {
    const h = grid.length, w = grid[0].length;
    const land = grid.map((line) => Array.from(line, (ch) => ch === '#'));
    let count = 0;
    const queue = [];
    for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
            if (!land[y][x]) continue;
            count += 1;
            land[y][x] = false;
            queue.length = 0;
            queue.push([y, x]);
            for (let head = 0; head < queue.length; head++) {
                const [cy, cx] = queue[head];
                for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
                    const ny = cy + dy, nx = cx + dx;
                    if (ny >= 0 && ny < h && nx >= 0 && nx < w && land[ny][nx]) {
                        land[ny][nx] = false;
                        queue.push([ny, nx]);
                    }
                }
            }
        }
    }
    return count;
}
