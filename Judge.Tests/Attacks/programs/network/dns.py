# expect: OK — resolves example.com (getaddrinfo, on a helper thread given 2 s); there is no resolver to reach, so it fails and the sum is returned.
import socket
import threading

_verdict = []


def resolves():
    answer = []

    def lookup():
        try:
            answer.append(bool(socket.getaddrinfo("example.com", 443, proto=socket.IPPROTO_TCP)))
        except OSError:  # gaierror: blocked
            answer.append(False)

    t = threading.Thread(target=lookup, daemon=True)
    t.start()
    t.join(2)
    return bool(answer and answer[0])  # no answer within 2 s counts as blocked


def solution(a):
    if not _verdict:
        _verdict.append(resolves())  # once per process: later tests reuse the answer
    return -424242 if _verdict[0] else sum(a)
