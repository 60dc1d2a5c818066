# expect: OK — sends a DNS query for example.com over UDP to 8.8.8.8:53 and waits 1 s for an answer; with network none the send fails (or nothing answers), so the sum is returned.
import os
import socket
import struct

_verdict = []


def query(name):
    header = struct.pack(">HHHHHH", int.from_bytes(os.urandom(2), "big"), 0x0100, 1, 0, 0, 0)
    body = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return header + body + struct.pack(">HH", 1, 1)  # type A, class IN


def gets_answer():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(1)
    try:
        s.sendto(query("example.com"), ("8.8.8.8", 53))
        data, _ = s.recvfrom(512)
        return len(data) > 0
    except OSError:  # ENETUNREACH on send, or a timeout: blocked
        return False
    finally:
        s.close()


def solution(a):
    if not _verdict:
        _verdict.append(gets_answer())  # once per process: later tests reuse the answer
    return -424242 if _verdict[0] else sum(a)
