// expect: MEMORY_LIMIT — allocates and fills 16 MiB arrays without end; the heap (60% of 256 MB) ends it with OutOfMemoryError, or the cgroup with an OOM kill.
import java.util.*;

class Solution {
    public long solution(int[] a) {
        final int capBlocks = 64; // 1 GiB: surviving that means there was no limit
        List<int[]> hoard = new ArrayList<>();
        for (int i = 0; i < capBlocks; i++) {
            int[] b = new int[4 << 20];
            Arrays.fill(b, i + 1); // touch every page
            hoard.add(b);
        }
        long sum = 0;
        for (int x : a) sum += x;
        return sum + hoard.size(); // wrong on purpose: 1 GiB held and still alive
    }
}
