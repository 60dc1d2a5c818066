# expect: OK — forks 30 children per test that exit at once and are never reaped (zombies hold pids until the container ends); fork failures are tolerated, and the sum is returned.
import os


def solution(a):
    for _ in range(30):
        try:
            pid = os.fork()
        except OSError:  # EAGAIN: the zombies used up the pids limit
            break
        if pid == 0:
            os._exit(0)
    return sum(a)
