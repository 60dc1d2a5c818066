# expect: OK — forks sleeping children until fork() fails; the pids limit (64) stops the bomb, so the sum is still returned.
import os
import time

CAP = 2000  # far above the pids limit: reaching it means there was no limit


def solution(a):
    for _ in range(CAP):
        try:
            pid = os.fork()
        except OSError:  # EAGAIN from the pids cgroup: the defence held
            return sum(a)
        if pid == 0:
            # The child only sleeps (no CPU); it dies with the container.
            try:
                time.sleep(20)
            finally:
                os._exit(0)
    return -424242  # thousands of processes and fork() still works: no pids limit
