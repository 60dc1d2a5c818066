# expect: OK — calls io_uring_setup (syscall 425) through ctypes; the sandbox's seccomp profile removes io_uring, so it fails and the sum is returned (a descriptor >= 0 would be a breach).
import os

try:
    import ctypes

    _libc = ctypes.CDLL(None, use_errno=True)
    _libc.syscall.restype = ctypes.c_long
except Exception:  # noqa: BLE001 - no ctypes: the attack cannot even be tried
    _libc = None


def solution(a):
    if _libc is not None:
        params = ctypes.create_string_buffer(120)  # struct io_uring_params, all zero
        fd = _libc.syscall(ctypes.c_long(425), ctypes.c_long(8), params)  # 425 = io_uring_setup (x86_64)
        if fd >= 0:
            os.close(fd)
            return -424242
    return sum(a)
