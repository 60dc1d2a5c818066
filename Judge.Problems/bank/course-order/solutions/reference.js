// Kahn's algorithm with a min-heap of the courses whose prerequisites are all taken: taking the
// smallest available course each time gives the lexicographically smallest order.
// O((n + m) log n). Fewer than n courses taken means a circle: return [].
function solution(n, prerequisites) {
    const m = prerequisites.length;
    const start = new Int32Array(n + 1);
    const waiting = new Int32Array(n);
    for (let p = 0; p < m; p++) {
        const pair = prerequisites[p];
        start[pair[1] + 1]++;
        waiting[pair[0]]++;
    }

    for (let i = 0; i < n; i++) {
        start[i + 1] += start[i];
    }

    const unlocks = new Int32Array(m);
    const fill = start.slice();
    for (let p = 0; p < m; p++) {
        const pair = prerequisites[p];
        unlocks[fill[pair[1]]++] = pair[0];
    }

    // Binary min-heap of course numbers; every course enters it at most once.
    const heap = new Int32Array(n);
    let size = 0;
    const push = (value) => {
        let i = size++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heap[parent] <= value) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
    };
    const pop = () => {
        const top = heap[0];
        const last = heap[--size];
        let i = 0;
        while (true) {
            let child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= last) break;
            heap[i] = heap[child];
            i = child;
        }
        if (size > 0) heap[i] = last;
        return top;
    };

    for (let i = 0; i < n; i++) {
        if (waiting[i] === 0) push(i);
    }

    const order = new Array(n);
    let taken = 0;
    while (size > 0) {
        const course = pop();
        order[taken++] = course;
        for (let e = start[course]; e < start[course + 1]; e++) {
            const next = unlocks[e];
            if (--waiting[next] === 0) push(next);
        }
    }

    return taken === n ? order : [];
}
