# expect: TIMEOUT — replaces time.thread_time_ns and time.perf_counter_ns with clocks that never move, then spins past the CPU limit (but inside the wall-clock watchdog) on its first call; the harness took its clocks before the candidate's code ran, so the real CPU time is reported.
import time

_real = time.monotonic
time.thread_time_ns = lambda: 0
time.perf_counter_ns = lambda: 0
time.process_time_ns = lambda: 0
_spun = False


def solution(a):
    global _spun
    if not _spun:
        _spun = True
        end = _real() + 3.5  # above Python's 2.5 s CPU limit here, below the 6 s watchdog
        while _real() < end:
            pass
    return sum(a)
