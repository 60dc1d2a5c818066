# expect: OK — opens /dev/mem, /dev/kmsg, /dev/sda (and other raw devices) and mknods a /dev/mem twin in /tmp; none exists or may be made without capabilities, so the sum is returned.
import os
import stat

BREACH = -424242
DEVICES = ["/dev/mem", "/dev/kmem", "/dev/port", "/dev/kmsg", "/dev/sda", "/dev/vda", "/dev/nvme0n1", "/dev/xvda"]


def can_open(path):
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return False
    os.close(fd)
    return True


def solution(a):
    for path in DEVICES:
        if can_open(path):
            return BREACH
    twin = "/tmp/mem-twin"
    try:
        os.mknod(twin, 0o600 | stat.S_IFCHR, os.makedev(1, 1))  # the device numbers of /dev/mem
    except OSError:
        pass  # EPERM: no CAP_MKNOD
    else:
        os.unlink(twin)
        return BREACH
    try:
        os.mknod("/tmp/block-twin", 0o600 | stat.S_IFBLK, os.makedev(8, 0))  # /dev/sda
    except OSError:
        pass
    else:
        os.unlink("/tmp/block-twin")
        return BREACH
    return sum(a)
