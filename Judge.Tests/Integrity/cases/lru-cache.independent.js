// A Map iterates in insertion order, so deleting and re-inserting a key makes it the most recent.
function solution(capacity, ops) {
    const cache = new Map();
    const answers = [];
    for (const [kind, key, value] of ops) {
        if (kind === 0) {
            if (!cache.has(key)) {
                answers.push(-1);
                continue;
            }
            const found = cache.get(key);
            cache.delete(key);
            cache.set(key, found);
            answers.push(found);
        } else {
            if (cache.has(key)) {
                cache.delete(key);
            } else if (cache.size >= capacity) {
                cache.delete(cache.keys().next().value);
            }
            cache.set(key, value);
        }
    }
    return answers;
}
