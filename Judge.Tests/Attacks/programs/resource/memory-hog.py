# expect: MEMORY_LIMIT — allocates and touches 16 MiB blocks without end; the 256 MB limit ends it (MemoryError or an OOM kill), never the host.
CAP_BLOCKS = 64  # 1 GiB: surviving that means there was no limit


def solution(a):
    hoard = []
    for i in range(CAP_BLOCKS):
        # bytes * n is a memset: every page is really touched, not just reserved.
        hoard.append(bytes([i % 251 + 1]) * (16 << 20))
    return sum(a) + len(hoard)  # wrong on purpose: 1 GiB held and still alive
