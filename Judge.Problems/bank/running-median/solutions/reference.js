// Two heaps: `low` (a max-heap) holds the smaller half and is never smaller than `high`
// (a min-heap, the larger half), by at most one; the lower median is the top of `low`.
// O(n log n). The max-heap compares in reverse, not by negated values.
function solution(a) {
    // Binary heap of 32-bit ints in a typed array: a min-heap, or a max-heap when `max` is set.
    function makeHeap(capacity, max) {
        const items = new Int32Array(Math.max(1, capacity));
        const heap = { size: 0 };
        const before = max ? (x, y) => x > y : (x, y) => x < y;
        heap.peek = () => items[0];
        heap.push = (value) => {
            let i = heap.size++;
            while (i > 0) {
                const parent = (i - 1) >> 1;
                if (!before(value, items[parent])) break;
                items[i] = items[parent];
                i = parent;
            }
            items[i] = value;
        };
        heap.pop = () => {
            const top = items[0];
            const size = --heap.size;
            const last = items[size];
            let i = 0;
            while (true) {
                let child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && before(items[child + 1], items[child])) child++;
                if (!before(items[child], last)) break;
                items[i] = items[child];
                i = child;
            }
            if (size > 0) items[i] = last;
            return top;
        };
        return heap;
    }

    const low = makeHeap(a.length, true);
    const high = makeHeap(a.length, false);
    const result = new Array(a.length);
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        if (low.size === 0 || x <= low.peek()) {
            low.push(x);
        } else {
            high.push(x);
        }

        if (low.size > high.size + 1) {
            high.push(low.pop());
        } else if (high.size > low.size) {
            low.push(high.pop());
        }

        result[i] = low.peek();
    }
    return result;
}
