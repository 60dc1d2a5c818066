import java.util.*;

class Solution {
    public long solution(int[] a) {
        long best = a[0]
        return best;
    }
}
