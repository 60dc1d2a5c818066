# expect: RUNTIME_ERROR — kill(-1, SIGKILL) signals every process it may: inside the PID namespace that is the group runner (same user) but not tini (PID 1), so the run ends as killed by signal 9, never OK, and nothing outside the container is reached.
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
