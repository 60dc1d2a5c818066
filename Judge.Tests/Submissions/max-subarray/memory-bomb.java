import java.util.*;

class Solution {
    public long solution(int[] a) {
        List<long[]> hoard = new ArrayList<>();
        while (true) {
            long[] block = new long[1 << 20];
            block[block.length - 1] = 1;
            hoard.add(block);
        }
    }
}
