# expect: OK — creates files in /etc, /usr/bin, / and /sandbox and opens every file under /sandbox (its own program and the test inputs) for appending; the root and /sandbox are read-only, so all fail and the sum is returned.
import os

NEW_FILES = ["/etc/judge-attack", "/usr/bin/judge-attack", "/judge-attack", "/sandbox/judge-attack", "/sandbox/tests/judge-attack"]
EXISTING = ["/etc/passwd", "/etc/hosts", "/usr/bin/python3"]


def can_create(path):
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except OSError:  # EROFS / EACCES: blocked
        return False
    os.close(fd)
    try:
        os.unlink(path)
    except OSError:
        pass
    return True


def can_append(path):
    try:
        fd = os.open(path, os.O_WRONLY | os.O_APPEND)  # opened, never written: nothing changes
    except OSError:
        return False
    os.close(fd)
    return True


def sandbox_files():
    for root, _, files in os.walk("/sandbox"):
        for name in files:
            yield os.path.join(root, name)


def solution(a):
    if any(can_create(p) for p in NEW_FILES):
        return -424242
    if any(can_append(p) for p in EXISTING) or any(can_append(p) for p in sandbox_files()):
        return -424242
    return sum(a)
