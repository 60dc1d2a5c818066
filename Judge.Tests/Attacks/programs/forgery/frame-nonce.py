# expect: WRONG_ANSWER — walks the caller's frames (sys._getframe) and closures for the run's nonce and any writable stream, writes a record claiming the right sum through all of them, then returns a wrong value; the harness must keep its nonce and record channel out of the candidate's reach.
import json
import os
import re
import sys

HEX32 = re.compile(r"[0-9a-f]{32}")
_index = [0]


def _loot():
    """Nonce-like strings and write()-able objects from every frame above us (and their closures)."""
    nonces, writers, seen = [], [], set()

    def take(name, value):
        if id(value) in seen:
            return
        seen.add(id(value))
        if isinstance(value, str) and (HEX32.fullmatch(value) or ("nonce" in name.lower() and 8 <= len(value) <= 128)):
            nonces.append(value)
        elif callable(getattr(value, "write", None)) and not isinstance(value, type):
            writers.append(value)
        elif callable(value) and getattr(value, "__closure__", None):
            for cell_name, cell in zip(value.__code__.co_freevars, value.__closure__):
                try:
                    take(cell_name, cell.cell_contents)
                except ValueError:  # an empty cell
                    pass

    frame = sys._getframe(1)
    while frame is not None:
        for name, value in list(frame.f_locals.items()):
            try:
                take(name, value)
            except Exception:  # noqa: BLE001 - an object that resists inspection
                pass
        frame = frame.f_back
    return nonces, writers


def solution(a):
    right = sum(a)
    index = _index[0]
    _index[0] += 1
    nonces, writers = _loot()
    payload = json.dumps({"ok": True, "value": right, "cpuMs": 0.1, "wallMs": 0.1, "memKb": 1}, separators=(",", ":"))
    lines = "".join(f"@@{nonce} RESULT {index} {payload}\n" for nonce in nonces)
    if lines:
        print(lines, end="", flush=True)
        for w in writers:
            try:
                w.write(lines)
                w.flush()
            except Exception:  # noqa: BLE001 - a closed or read-only stream
                pass
        for fd in range(1, 10):  # whatever descriptor the harness dup()ed for its records
            try:
                os.write(fd, lines.encode())
            except OSError:
                pass
    return right + 1
