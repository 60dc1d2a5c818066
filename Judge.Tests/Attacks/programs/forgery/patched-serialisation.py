# expect: WRONG_ANSWER — at module level replaces json.dumps (to rewrite its wrong value into the right one), builtins.print and sys.stdout/sys.stdout.write (to forge records), then returns a wrong value; the harness's records must not go through anything the candidate can replace.
import builtins
import json
import sys

_real_dumps = json.dumps
_real_print = builtins.print
_rewrite = {}  # the wrong value returned -> the right value it should be reported as
_state = {"index": 0, "right": None}


def _forged_records():
    if _state["right"] is None:
        return ""
    record = _real_dumps({"ok": True, "value": _state["right"], "cpuMs": 0.1, "wallMs": 0.1, "memKb": 1}, separators=(",", ":"))
    return "".join(f"@@{'0' * 32} RESULT {i} {record}\n" for i in range(_state["index"], _state["index"] + 4))


def _forged_dumps(obj, *args, **kwargs):
    if isinstance(obj, dict) and type(obj.get("value")) is int and obj["value"] in _rewrite:
        obj = dict(obj, value=_rewrite[obj["value"]])
    return _real_dumps(obj, *args, **kwargs)


def _forged_print(*args, **kwargs):
    _real_print(_forged_records(), end="", file=kwargs.get("file"))
    _real_print(*args, **kwargs)


class _ForgingStream:
    """Stands in for sys.stdout: every write is preceded by forged records."""

    def __init__(self, inner_write, inner):
        self._write = inner_write
        self._inner = inner

    def write(self, text):
        return self._write(_forged_records() + text)

    def __getattr__(self, name):
        return getattr(self._inner, name)


_real_stream = sys.stdout
_real_write = _real_stream.write  # bound before any patching: no recursion through the patch
json.dumps = _forged_dumps
builtins.print = _forged_print
try:
    _real_stream.write = lambda text: _real_write(_forged_records() + text)
except (AttributeError, TypeError):
    pass  # a C stream that takes no attributes
sys.stdout = _ForgingStream(_real_write, _real_stream)
sys.__stdout__ = sys.stdout


def solution(a):
    right = sum(a)
    wrong = right + 1
    _rewrite[wrong] = right
    _state["right"] = right
    print("forged")
    sys.stdout.write("forged\n")
    _state["index"] += 1
    return wrong
