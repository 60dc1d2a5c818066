def solution(a):
    return sum(a)
