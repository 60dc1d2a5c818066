# expect: RUNTIME_ERROR — sends SIGKILL to PID 1 (tini, which the kernel shields from its own namespace) and to its parent, the group runner, which dies: the run ends as killed by signal 9, never OK.
import os
import signal


def solution(a):
    for pid in (1, os.getppid()):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:  # EPERM: also fine
            pass
    return sum(a)
