def solution(g):
    # pad the map with water
    h, w = len(g), len(g[0])
    W = w + 2
    cells = bytearray(W * (h + 2))
    for i, row in enumerate(g):
        off = (i + 1) * W + 1
        cells[off:off + w] = row.encode().replace(b"#", b"\x01").replace(b".", b"\x00")
    dirs = (1, -1, W, -W)
    total = 0
    s = cells.find(1)
    while s >= 0:
        total += 1
        cells[s] = 0
        todo = [s]
        take, put = todo.pop, todo.append
        while todo:
            p = take()
            for step in dirs:
                q = p + step
                if cells[q]:
                    cells[q] = 0
                    put(q)
        s = cells.find(1, s + 1)
    return total
