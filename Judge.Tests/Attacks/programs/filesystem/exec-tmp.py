# expect: OK — copies a real binary (/bin/true) into /tmp and runs it directly and through the dynamic loader; /tmp is mounted noexec, so both fail and the sum is returned.
import glob
import os
import shutil
import subprocess
import sys

TARGET = "/tmp/true-copy"
_verdict = []


def source_binary():
    for candidate in ("/bin/true", "/usr/bin/true", sys.executable):
        if candidate and os.path.isfile(candidate):
            return candidate
    return None


def runs(argv):
    try:
        r = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=2)
    except (OSError, subprocess.SubprocessError):  # EACCES (noexec), or no pid left
        return False
    return r.returncode == 0


def executes_from_tmp():
    src = source_binary()
    if src is None:
        return False
    try:
        shutil.copyfile(src, TARGET)
        os.chmod(TARGET, 0o755)
    except OSError:
        return False  # cannot even write /tmp: nothing to execute
    if runs([TARGET, "--version"] if src == sys.executable else [TARGET]):
        return True
    # The loader maps the file itself: noexec must refuse PROT_EXEC mappings too.
    for loader in glob.glob("/lib64/ld-linux-*.so*") + glob.glob("/lib/x86_64-linux-gnu/ld-linux-*.so*"):
        if runs([loader, TARGET]):
            return True
    return False


def solution(a):
    if not _verdict:
        _verdict.append(executes_from_tmp())  # once per process: later tests reuse the answer
    return -424242 if _verdict[0] else sum(a)
