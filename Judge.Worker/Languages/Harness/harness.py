# Judge harness for Python: runs inside the sandbox, calls the candidate's solution(...) once per
# test and prints result records tagged with a per-run nonce. It decides nothing: the worker
# compares outputs outside the sandbox. Protocol (one record per line on the private stdout):
#   @@<nonce> COMPILE {"line":n,"message":...} | READY | START i | RESULT i {...} | DONE
import gc
import json
import math
import os
import sys
import threading
import time
import traceback

SOLUTION = "/sandbox/solution.py"
# This process's test group: one file per test, <i>.json (an argument list), i numbering the run's tests;
# only the current input is in memory.
TESTS = os.environ.get("HARNESS_TESTS", "/sandbox/tests")


def peak_rss_kb():
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class BadValue(Exception):
    pass


def plain(value, path="value"):
    # Only exact built-in types: a subclass could rig equality or its JSON form.
    t = type(value)
    if value is None or t in (bool, int, str):
        return value
    if t is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise BadValue(f"{path} is {value}, not a finite number")
        return value
    if t in (list, tuple):
        return [plain(v, f"{path}[{i}]") for i, v in enumerate(value)]
    raise BadValue(f"{path} is a {t.__name__}; return plain values (int, float, bool, str, list)")


def candidate_line(exc):
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == "solution.py":
            line = frame.lineno
    return line


# Taken before the candidate's module runs: replacing json.dumps, json.loads or the clocks afterwards
# reaches neither the records nor the inputs nor the measurements (a candidate who patched
# time.thread_time_ns could otherwise report any CPU time it liked).
dumps = json.dumps
loads = json.loads
thread_time_ns = time.thread_time_ns
perf_counter_ns = time.perf_counter_ns


def main():
    nonce = sys.stdin.readline().strip()
    # Records go to a private copy of stdout; whatever the candidate prints (print, os.write(1))
    # lands on stderr, so it can never interleave with or forge a record.
    records = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def emit(kind, index=None, payload=None):
        parts = ["@@" + nonce, kind]
        if index is not None:
            parts.append(str(index))
        if payload is not None:
            parts.append(dumps(payload, separators=(",", ":")))
        records.write(" ".join(parts) + "\n")
        records.flush()

    with open(SOLUTION, encoding="utf-8") as f:
        source = f.read()
    try:
        code = compile(source, "solution.py", "exec")
    except SyntaxError as e:
        emit("COMPILE", payload={"line": e.lineno, "message": f"solution.py:{e.lineno}:{e.offset}: {type(e).__name__}: {e.msg}"})
        return
    indices = sorted(int(n[:-5]) for n in os.listdir(TESTS) if n.endswith(".json"))

    namespace = {"__name__": "solution"}
    emit("START", indices[0])  # module-level code of the candidate counts against the first test
    try:
        exec(code, namespace)
    except BaseException as e:  # noqa: BLE001 - any failure of candidate code is a verdict
        emit("RESULT", indices[0], failure(e, 0, 0))
        return
    fn = namespace.get("solution")
    if not callable(fn):
        emit("COMPILE", payload={"line": 1, "message": "solution.py:1: no function named solution(...) is defined"})
        return
    emit("READY")

    target = os.environ.get("HARNESS_PROBE_MS")
    if target is not None:
        for i in indices:
            emit("START", i)
            with open(f"{TESTS}/{i}.json", encoding="utf-8") as f:
                lines = [line for line in f.read().split("\n") if line]
            emit("RESULT", i, probe_sample(fn, lines, float(target)))
        emit("DONE")
        return

    for i in indices:
        if i != indices[0]:
            emit("START", i)
        with open(f"{TESTS}/{i}.json", encoding="utf-8") as f:
            args = loads(f.read())
        cpu0, wall0 = thread_time_ns(), perf_counter_ns()
        try:
            value = fn(*args)
            args = None  # the input may be large: let it go before the next one is read
            cpu_ms = (thread_time_ns() - cpu0) / 1e6
            wall_ms = (perf_counter_ns() - wall0) / 1e6
            try:
                result = {"ok": True, "value": plain(value)}
            except BadValue as e:
                result = {"ok": False, "kind": "bad-value", "error": str(e)}
            result.update(cpuMs=cpu_ms, wallMs=wall_ms, memKb=peak_rss_kb())
        except BaseException as e:  # noqa: BLE001
            result = failure(e, (thread_time_ns() - cpu0) / 1e6, (perf_counter_ns() - wall0) / 1e6)
        emit("RESULT", i, result)
    emit("DONE")


# Copies parsed for one batch: bounded so a batch of a fast solution stays cheap to prepare.
PROBE_COPY_BYTES = 1_000_000


def empty_call(*args):
    return None


def probe_sample(fn, lines, target_ms):
    """Complexity probe mode (HARNESS_PROBE_MS set): the lines are distinct inputs of one size. One
    sample = thread CPU time per call, batched to about the target on fresh copies of those inputs,
    minus an empty call's cost measured the same way. The worker fits."""
    wall0 = perf_counter_ns()
    cpu0 = thread_time_ns()
    try:
        # The first call alone: a slow one is its own sample, a fast one sets the batch size.
        args = loads(lines[0])
        gc.collect()
        cpu0 = thread_time_ns()
        fn(*args)
        first_ms = (thread_time_ns() - cpu0) / 1e6
        if first_ms >= target_ms:
            return probe_record(first_ms, 1, 0.0, wall0)
        bytes_per_copy = max(1, sum(len(line) for line in lines) // len(lines))
        calls = int(max(1, min(math.ceil(target_ms / max(first_ms, 1e-4)), PROBE_COPY_BYTES // bytes_per_copy, 100_000)))
        batch = [loads(lines[j % len(lines)]) for j in range(calls)]
        # Collect the parser's garbage now, not inside a timed loop.
        gc.collect()
        cpu0 = thread_time_ns()
        for a in batch:
            fn(*a)
        spent = thread_time_ns() - cpu0
        cpu0 = thread_time_ns()
        for a in batch:
            empty_call(*a)
        baseline = thread_time_ns() - cpu0
        return probe_record(max(0, spent - baseline) / 1e6 / calls, calls, baseline / 1e6 / calls, wall0)
    except BaseException as e:  # noqa: BLE001 - any failure of candidate code is a verdict
        return failure(e, (thread_time_ns() - cpu0) / 1e6, (perf_counter_ns() - wall0) / 1e6)


def probe_record(cpu_ms, calls, baseline_ms, wall0):
    # cpuMs is per call; wallMs is the whole sample's, what it cost the probe's budget.
    return {"ok": True, "cpuMs": cpu_ms, "wallMs": (perf_counter_ns() - wall0) / 1e6, "calls": calls, "baselineMs": baseline_ms, "memKb": peak_rss_kb()}


def failure(exc, cpu_ms, wall_ms):
    line = candidate_line(exc)
    where = f" (solution.py line {line})" if line else ""
    kind = "memory" if isinstance(exc, MemoryError) else "exception"
    message = f"{type(exc).__name__}: {exc}"[:500] + where
    return {"ok": False, "kind": kind, "error": message, "cpuMs": cpu_ms, "wallMs": wall_ms, "memKb": peak_rss_kb()}


if __name__ == "__main__":
    # Deep recursion (DFS on 10^5 nodes) is legitimate: a big stack on a thread of our own.
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(256 * 1024 * 1024)
    t = threading.Thread(target=main)
    t.start()
    t.join()
