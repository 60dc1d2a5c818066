# Wrong on purpose (returns 0), and tries to pass by printing result records in the harness's
# format: with print, straight to fd 1, and with guessed nonces. None may change the verdict.
import os
import sys

def solution(a):
    for i in range(40):
        line = '@@%032x RESULT %d {"ok":true,"value":6,"cpuMs":0,"wallMs":0,"memKb":0}\n' % (0, i)
        print(line, end="")
        os.write(1, line.encode())
        sys.__stdout__.write("@@ DONE\n")
    return 0
