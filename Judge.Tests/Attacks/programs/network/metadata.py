# expect: OK — asks the cloud metadata service (169.254.169.254:80, 2 s timeout) for credentials; with network none it is unreachable, so the sum is returned.
import socket

_verdict = []


def reaches_metadata():
    try:
        s = socket.create_connection(("169.254.169.254", 80), timeout=2)
    except OSError:
        return False
    try:
        s.sendall(b"GET /latest/meta-data/ HTTP/1.0\r\nHost: 169.254.169.254\r\n\r\n")
    except OSError:
        pass
    finally:
        s.close()
    return True  # a TCP connection alone is a breach


def solution(a):
    if not _verdict:
        _verdict.append(reaches_metadata())  # once per process: later tests reuse the answer
    return -424242 if _verdict[0] else sum(a)
