# expect: OK — opens /dev/null until open() fails; the nofile limit (256) stops it with EMFILE, everything is closed again, and the sum is returned.
import os

CAP = 100000  # far above nofile=256: reaching it means there was no fd limit


def solution(a):
    fds = []
    try:
        for _ in range(CAP):
            fds.append(os.open("/dev/null", os.O_RDONLY))
        return -424242
    except OSError:  # EMFILE: the limit held
        return sum(a)
    finally:
        for fd in fds:
            os.close(fd)
