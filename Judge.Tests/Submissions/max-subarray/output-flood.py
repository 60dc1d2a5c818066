# Prints without end: the run stops at the output cap with OUTPUT_LIMIT, and the worker survives.
def solution(a):
    line = "x" * 1000
    while True:
        print(line)
