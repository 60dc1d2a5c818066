# expect: OK — double-forks a daemon (setsid, signals ignored, stdio kept open) that sleeps 300 s, then returns the sum at once; the judge must finish on the harness's results and still remove the container with the daemon in it.
import os
import signal
import time


def solution(a):
    try:
        pid = os.fork()
    except OSError:
        return sum(a)
    if pid == 0:
        try:
            os.setsid()
            if os.fork() == 0:
                # The daemon: no session leader, no terminal, deaf to polite signals, and it keeps
                # the harness's stdout and stderr open.
                for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
                    try:
                        signal.signal(sig, signal.SIG_IGN)
                    except (OSError, ValueError):
                        pass
                time.sleep(300)
        except BaseException:  # noqa: BLE001
            pass
        finally:
            os._exit(0)
    os.waitpid(pid, 0)  # the middle process exits at once; the daemon is now tini's
    return sum(a)
