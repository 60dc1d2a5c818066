# expect: TIMEOUT — ignores SIGTERM, SIGINT and SIGHUP process-wide (through libc, as solution runs off the main thread), then spins forever; the watchdog's kill must not depend on a polite signal.
import signal

try:
    import ctypes

    _libc = ctypes.CDLL(None)
    _libc.signal.restype = ctypes.c_void_p
    _libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
except Exception:  # noqa: BLE001
    _libc = None


def solution(a):
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        if _libc is not None:
            _libc.signal(sig, ctypes.c_void_p(1))  # SIG_IGN, for the whole process
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT, signal.SIGHUP})
    except (OSError, ValueError):
        pass
    x = 0
    while True:
        x += 1
