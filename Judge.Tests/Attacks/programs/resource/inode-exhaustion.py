# expect: OK — creates empty files in /tmp until creation fails; nr_inodes=4096 stops it with ENOSPC, so the sum is still returned.
import os

CAP = 100000  # far above nr_inodes=4096: reaching it means there was no inode limit
_round = [0]


def solution(a):
    _round[0] += 1
    base = "/tmp/inodes"
    try:
        os.mkdir(base)
    except OSError:
        pass  # exists already, or no inode left for it (then the first open fails too)
    for i in range(CAP):
        try:
            fd = os.open(f"{base}/{_round[0]}-{i}", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError:  # ENOSPC: the inode limit held
            return sum(a)
        os.close(fd)
    return -424242
