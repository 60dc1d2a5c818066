# expect: OK — connects to the Docker API on the default bridge gateway (172.17.0.1:2375/2376, and any gateway in /proc/net/route) and to the Docker socket; with network none and no socket mounted everything fails, so the sum is returned.
import socket
import struct

_verdict = []


def gateways():
    found = {"172.17.0.1"}
    try:
        with open("/proc/net/route") as f:
            next(f)
            for line in f:
                fields = line.split()
                if len(fields) > 2 and fields[2] != "00000000":
                    found.add(socket.inet_ntoa(struct.pack("<I", int(fields[2], 16))))
    except (OSError, StopIteration, ValueError):
        pass
    return sorted(found)


def can_connect(address, family=socket.AF_INET):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.settimeout(2)
    try:
        s.connect(address)
        return True
    except OSError:
        return False
    finally:
        s.close()


def reaches_docker():
    for host in gateways():
        for port in (2375, 2376):
            if can_connect((host, port)):
                return True
    for path in ("/var/run/docker.sock", "/run/docker.sock"):
        if can_connect(path, socket.AF_UNIX):
            return True
    return False


def solution(a):
    if not _verdict:
        _verdict.append(reaches_docker())  # once per process: later tests reuse the answer
    return -424242 if _verdict[0] else sum(a)
