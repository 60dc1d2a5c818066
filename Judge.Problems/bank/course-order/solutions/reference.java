import java.util.*;

class Solution {
    // Kahn's algorithm with a min-heap of the courses whose prerequisites are all taken: taking the
    // smallest available course each time gives the lexicographically smallest order.
    // O((n + m) log n). Fewer than n courses taken means a circle: return [].
    public int[] solution(int n, int[][] prerequisites) {
        int m = prerequisites.length;
        int[] start = new int[n + 1];
        int[] waiting = new int[n];
        for (int[] pair : prerequisites) {
            start[pair[1] + 1]++;
            waiting[pair[0]]++;
        }

        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }

        int[] unlocks = new int[m];
        int[] fill = start.clone();
        for (int[] pair : prerequisites) {
            unlocks[fill[pair[1]]++] = pair[0];
        }

        // Binary min-heap of course numbers; every course enters it at most once.
        int[] heap = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (waiting[i] == 0) size = push(heap, size, i);
        }

        int[] order = new int[n];
        int taken = 0;
        while (size > 0) {
            int course = heap[0];
            size = pop(heap, size);
            order[taken++] = course;
            for (int e = start[course]; e < start[course + 1]; e++) {
                int next = unlocks[e];
                if (--waiting[next] == 0) size = push(heap, size, next);
            }
        }

        return taken == n ? order : new int[0];
    }

    private static int push(int[] heap, int size, int value) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (heap[parent] <= value) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = value;
        return size;
    }

    private static int pop(int[] heap, int size) {
        int last = heap[--size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= last) break;
            heap[i] = heap[child];
            i = child;
        }
        if (size > 0) heap[i] = last;
        return size;
    }
}
