# expect: OK — kill(-1, SIGKILL) signals every process it may; Linux spares the caller and PID 1 (tini), and the PID namespace hides everything outside the container, so only a sleeping child of ours dies and the sum is returned.
import os
import signal
import time


def solution(a):
    try:
        child = os.fork()
    except OSError:
        child = -1
    if child == 0:
        try:
            time.sleep(30)
        finally:
            os._exit(0)
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:  # ESRCH: nobody else to kill
        pass
    if child > 0:
        os.waitpid(child, 0)
    return sum(a)
