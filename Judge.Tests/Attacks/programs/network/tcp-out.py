# expect: OK — opens a TCP connection to 1.1.1.1:443 (2 s timeout); the sandbox has no network but loopback, so it fails and the sum is returned.
import socket

_verdict = []


def reaches_internet():
    try:
        socket.create_connection(("1.1.1.1", 443), timeout=2).close()
    except OSError:  # ENETUNREACH (no route) or a timeout: blocked
        return False
    return True


def solution(a):
    if not _verdict:
        _verdict.append(reaches_internet())  # once per process: later tests reuse the answer
    return -424242 if _verdict[0] else sum(a)
