# expect: RUNTIME_ERROR — calls os._exit(0) inside solution, before returning; a clean exit code without a result record must still be a runtime error, never OK.
import os


def solution(a):
    os._exit(0)
