import java.util.*;

class Solution {
    // Two heaps: `low` (a max-heap) holds the smaller half and is never smaller than `high`
    // (a min-heap, the larger half), by at most one; the lower median is the top of `low`.
    // O(n log n). The max-heap compares in reverse, not by negated values: -Integer.MIN_VALUE overflows.
    public int[] solution(int[] a) {
        IntHeap low = new IntHeap(a.length, true);
        IntHeap high = new IntHeap(a.length, false);
        int[] result = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            int x = a[i];
            if (low.size == 0 || x <= low.peek()) {
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

    // Binary heap of ints without boxing: a min-heap, or a max-heap when `max` is set.
    private static final class IntHeap {
        private final int[] items;
        private final boolean max;
        int size;

        IntHeap(int capacity, boolean max) {
            this.items = new int[Math.max(1, capacity)];
            this.max = max;
        }

        // true when x belongs above y
        private boolean before(int x, int y) {
            return max ? x > y : x < y;
        }

        int peek() {
            return items[0];
        }

        void push(int value) {
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >> 1;
                if (!before(value, items[parent])) break;
                items[i] = items[parent];
                i = parent;
            }
            items[i] = value;
        }

        int pop() {
            int top = items[0];
            int last = items[--size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) break;
                if (child + 1 < size && before(items[child + 1], items[child])) child++;
                if (!before(items[child], last)) break;
                items[i] = items[child];
                i = child;
            }
            if (size > 0) items[i] = last;
            return top;
        }
    }
}
