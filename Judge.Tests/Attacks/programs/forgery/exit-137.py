# expect: RUNTIME_ERROR — exits with code 137 (what an OOM kill looks like) without using memory; only the container's OOM flag may give MEMORY_LIMIT, so this is a runtime error.
import os


def solution(a):
    os._exit(137)
