# expect: OK — sends SIGKILL to PID 1 (tini) and to its parent; the kernel drops SIGKILL sent to a PID namespace's init from inside it, so the run goes on and the sum is returned.
import os
import signal


def solution(a):
    for pid in (1, os.getppid()):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:  # EPERM: also fine
            pass
    return sum(a)
