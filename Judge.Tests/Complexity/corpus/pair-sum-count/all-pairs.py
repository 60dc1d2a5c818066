# complexity: O(n^2)
# Every pair of positions.
def solution(a, target):
    count = 0
    n = len(a)
    for i in range(n):
        ai = a[i]
        for j in range(i + 1, n):
            if ai + a[j] == target:
                count += 1
    return count
