# Second correct solution: children lists, then breadth-first level by level. O(N).
def solution(parent, value):
    n = len(parent)
    children = [[] for _ in range(n)]
    root = -1
    for node, p in enumerate(parent):
        if p < 0:
            root = node
        else:
            children[p].append(node)
    sums = []
    level = [root]
    while level:
        sums.append(sum(value[v] for v in level))
        level = [c for v in level for c in children[v]]
    return sums
