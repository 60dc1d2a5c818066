function solution(cap, operations) {
    const where = new Map();
    const k = new Int32Array(cap + 1);
    const v = new Int32Array(cap + 1);
    const left = new Int32Array(cap + 1);
    const right = new Int32Array(cap + 1);
    const root = cap;
    left[root] = right[root] = root;
    let n = 0;
    const out = [];

    // helpers (moved around and renamed)
    const toFront = (s) => {
        left[s] = root;
        right[s] = right[root];
        left[right[root]] = s;
        right[root] = s;
    };
    const detach = (s) => {
        right[left[s]] = right[s];
        left[right[s]] = left[s];
    };

    for (let t = 0; t < operations.length; t++) {
        const o = operations[t];
        const key = o[1];
        const s = where.get(key);
        if (o[0] === 0) {
            if (s !== undefined) {
                detach(s);
                toFront(s);
                out.push(v[s]);
            } else {
                out.push(-1);
            }
        } else if (s !== undefined) {
            v[s] = o[2];
            detach(s);
            toFront(s);
        } else {
            let free;
            if (n < cap) {
                free = n++;
            } else {
                free = left[root];
                detach(free);
                where.delete(k[free]);
            }
            k[free] = key;
            v[free] = o[2];
            where.set(key, free);
            toFront(free);
        }
    }
    return out;
}
