# expect: OK — writes /proc/sys/kernel/hostname (its own value back), opens /proc/sysrq-trigger and other kernel knobs for writing, calls sethostname; all are read-only or forbidden, so the sum is returned.
import os
import socket

BREACH = -424242
# Opened for writing only, never written: even a breach changes nothing on the host.
OPEN_ONLY = ["/proc/sysrq-trigger", "/proc/sys/kernel/core_pattern", "/proc/sys/vm/drop_caches", "/proc/sys/kernel/panic"]


def can_open_for_write(path):
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return False
    os.close(fd)
    return True


def solution(a):
    try:
        with open("/proc/sys/kernel/hostname") as f:
            name = f.read().strip()
    except OSError:
        name = socket.gethostname()
    try:
        fd = os.open("/proc/sys/kernel/hostname", os.O_WRONLY)
    except OSError:
        pass  # EROFS/EACCES: blocked
    else:
        try:
            os.write(fd, name.encode())  # the same name: harmless even if it works
        except OSError:
            pass
        finally:
            os.close(fd)
        return BREACH
    for path in OPEN_ONLY:
        if can_open_for_write(path):
            return BREACH
    try:
        socket.sethostname(name)
    except OSError:
        pass  # EPERM
    else:
        return BREACH
    return sum(a)
