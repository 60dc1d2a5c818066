# expect: OK — scans its environment (and PID 1's) for anything named or valued like a secret of the judge (PASS, TOKEN, POSTGRES, DOCKER...); the sandbox gets a clean environment, so the sum is returned.
import os
import re

SECRET = re.compile(r"PASS|SECRET|TOKEN|KEY|CONNECTION|POSTGRES|JUDGE|HANGFIRE|DOCKER", re.IGNORECASE)


def environments():
    yield dict(os.environ)
    for path in ("/proc/self/environ", "/proc/1/environ"):
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError:
            continue
        env = {}
        for item in raw.split(b"\0"):
            name, _, value = item.decode("utf-8", "replace").partition("=")
            if name:
                env[name] = value
        yield env


def solution(a):
    for env in environments():
        for name, value in env.items():
            if SECRET.search(name) or SECRET.search(value):
                return -424242
    return sum(a)
