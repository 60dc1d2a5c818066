# expect: OK — writes one file past the 16 MiB fsize limit, then 1 MiB files until /tmp (64 MB tmpfs) is full; both writes fail with EFBIG/ENOSPC, so the sum is still returned.
import os
import signal

CHUNK = b"\xa5" * (1 << 20)

try:  # Python already ignores SIGXFSZ; make sure (process-wide, from any thread) so EFBIG is an error, not a kill.
    import ctypes

    _libc = ctypes.CDLL(None)
    _libc.signal.restype = ctypes.c_void_p
    _libc.signal.argtypes = [ctypes.c_int, ctypes.c_void_p]
    _libc.signal(signal.SIGXFSZ, ctypes.c_void_p(1))  # SIG_IGN
except Exception:  # noqa: BLE001
    pass


def fill(path, limit_mb):
    """Writes 1 MiB chunks to path until a write fails or limit_mb is reached; returns the MiB written."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError:
        return 0
    written = 0
    try:
        while written < limit_mb:
            if os.write(fd, CHUNK) < len(CHUNK):
                break
            written += 1
    except OSError:  # EFBIG (fsize) or ENOSPC (tmpfs full): the defence held
        pass
    finally:
        os.close(fd)
    return written


def solution(a):
    try:
        os.makedirs("/tmp/fill", exist_ok=True)
    except OSError:
        return sum(a)  # /tmp unusable at all: nothing to fill
    big = fill("/tmp/fill/big", 64)
    if big > 16:
        return -424242  # one file grew past 16 MiB: no fsize limit
    total = big
    for i in range(200):
        n = fill(f"/tmp/fill/part-{i}", 1)
        total += n
        if n == 0:
            break
    if total > 80:
        return -424242  # more than the 64 MB tmpfs could hold: no size limit
    return sum(a)
