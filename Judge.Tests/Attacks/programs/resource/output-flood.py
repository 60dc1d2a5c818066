# expect: OUTPUT_LIMIT — prints to stdout without end; the output cap stops the run with OUTPUT_LIMIT instead of filling the worker.
def solution(a):
    line = "flood " * 170
    while True:
        print(line)
