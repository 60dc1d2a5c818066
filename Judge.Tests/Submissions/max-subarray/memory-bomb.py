def solution(a):
    hoard = []
    while True:
        hoard.append([len(hoard)] * 1_000_000)
