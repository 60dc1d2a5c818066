# complexity: O(n^2)
# Each of the n queries adds up its range element by element (random ranges average n/3 long).
def solution(a, queries):
    result = []
    for l, r in queries:
        s = 0
        for i in range(l, r + 1):
            s += a[i]
        result.append(s)
    return result
