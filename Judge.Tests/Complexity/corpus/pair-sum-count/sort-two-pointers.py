# complexity: O(n log n)
# Sort, then walk two pointers inwards, counting runs of equal values on both sides.
def solution(a, target):
    v = sorted(a)
    count, i, j = 0, 0, len(v) - 1
    while i < j:
        s = v[i] + v[j]
        if s < target:
            i += 1
        elif s > target:
            j -= 1
        elif v[i] == v[j]:
            m = j - i + 1
            count += m * (m - 1) // 2
            break
        else:
            left = right = 1
            while i + 1 < j and v[i + 1] == v[i]:
                i += 1
                left += 1
            while j - 1 > i and v[j - 1] == v[j]:
                j -= 1
                right += 1
            count += left * right
            i += 1
            j -= 1
    return count
