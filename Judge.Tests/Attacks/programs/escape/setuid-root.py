# expect: OK — tries to become root (setuid/setgid/setresuid/setgroups to 0); without capabilities every call fails with EPERM, so the sum is returned.
import os

BREACH = -424242


def attempts():
    yield lambda: os.setgroups([0])
    yield lambda: os.setgid(0)
    yield lambda: os.setuid(0)
    yield lambda: os.setresuid(0, 0, 0)
    yield lambda: os.seteuid(0)


def solution(a):
    if os.getuid() == 0 or os.geteuid() == 0:
        return BREACH  # running as root already
    for attempt in attempts():
        try:
            attempt()
        except OSError:
            continue  # EPERM: blocked
        return BREACH
    if os.getuid() == 0 or os.geteuid() == 0 or os.getgid() == 0:
        return BREACH
    return sum(a)
