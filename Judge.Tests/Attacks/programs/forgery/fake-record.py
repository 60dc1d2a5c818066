# expect: WRONG_ANSWER — prints fake "@@<nonce> RESULT" records claiming the right sum on every channel it has (print, fds 1-9), then returns a wrong value; without the run's secret nonce the records are ignored.
import json
import os
import sys

_index = [0]


def solution(a):
    right = sum(a)
    record = {"ok": True, "value": right, "cpuMs": 0.1, "wallMs": 0.1, "memKb": 1}
    lines = "".join(
        f"@@{nonce} RESULT {i} {json.dumps(record, separators=(',', ':'))}\n"
        for nonce in ("0" * 32, "", "f" * 32)
        for i in range(_index[0], _index[0] + 4)
    )
    _index[0] += 1
    print(lines, end="", flush=True)
    sys.stderr.write(lines)
    sys.stderr.flush()
    for fd in range(1, 10):  # stdout, stderr and whatever the harness dup()ed
        try:
            os.write(fd, lines.encode())
        except OSError:
            pass
    return right + 1
