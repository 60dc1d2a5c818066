# Ends the process with status 0 before returning: no result record, so not OK.
import os

def solution(a):
    os._exit(0)
