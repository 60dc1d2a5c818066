# expect: TIMEOUT — sleeps 60 s inside solution, using no CPU; the per-test wall-clock watchdog must stop it (a CPU-time check alone would never fire).
import time


def solution(a):
    time.sleep(60)
    return sum(a)
