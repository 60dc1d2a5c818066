# expect: TIMEOUT — sends SIGSTOP to its own process, freezing it (and its harness) mid-test; only the wall-clock watchdog can end that, with TIMEOUT.
import os
import signal


def solution(a):
    os.kill(os.getpid(), signal.SIGSTOP)
    return sum(a)
