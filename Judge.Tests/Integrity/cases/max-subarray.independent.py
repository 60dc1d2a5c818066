def solution(a):
    # Kadane, written from memory
    result = float("-inf")
    running = 0
    for value in a:
        running = max(value, running + value)
        result = max(result, running)
    return result
