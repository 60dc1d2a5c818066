// Hash map from key to a node of a doubly linked list kept in recency order (most recent first);
// nodes live in arrays and a removed node's slot is reused. O(1) expected per operation, O(M) total.
function solution(capacity, ops) {
    const slotOf = new Map();
    const keys = new Int32Array(capacity + 1);
    const values = new Int32Array(capacity + 1);
    const prev = new Int32Array(capacity + 1);
    const next = new Int32Array(capacity + 1);
    const head = capacity; // sentinel: next[head] is the most recent entry, prev[head] the least recent
    prev[head] = next[head] = head;
    let used = 0;
    const results = [];

    const unlink = (x) => {
        next[prev[x]] = next[x];
        prev[next[x]] = prev[x];
    };
    const pushFront = (x) => {
        prev[x] = head;
        next[x] = next[head];
        prev[next[head]] = x;
        next[head] = x;
    };

    for (let i = 0; i < ops.length; i++) {
        const op = ops[i];
        const key = op[1];
        const x = slotOf.get(key);
        if (op[0] === 0) {
            if (x !== undefined) {
                unlink(x);
                pushFront(x);
                results.push(values[x]);
            } else {
                results.push(-1);
            }
        } else if (x !== undefined) {
            values[x] = op[2];
            unlink(x);
            pushFront(x);
        } else {
            let slot;
            if (used < capacity) {
                slot = used++;
            } else {
                slot = prev[head];
                unlink(slot);
                slotOf.delete(keys[slot]);
            }

            keys[slot] = key;
            values[slot] = op[2];
            slotOf.set(key, slot);
            pushFront(slot);
        }
    }

    return results;
}
