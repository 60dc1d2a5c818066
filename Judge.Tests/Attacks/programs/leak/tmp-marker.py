# expect: OK — looks for /tmp/judge-attack-marker (left by an earlier submission's attack) and then leaves it; every submission gets a fresh container, so it is never there and the sum is returned.
import os

MARKER = "/tmp/judge-attack-marker"

# Checked once, when the module loads: later tests of this same run see our own marker.
_inherited = os.path.exists(MARKER)
try:
    with open(MARKER, "w") as f:
        f.write("left by leak/tmp-marker.py\n")
except OSError:
    pass


def solution(a):
    return -424242 if _inherited else sum(a)
