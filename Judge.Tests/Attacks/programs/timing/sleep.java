// expect: TIMEOUT — sleeps 60 s inside solution, using no CPU; the per-test wall-clock watchdog must stop it (a CPU-time check alone would never fire).
import java.util.*;

class Solution {
    public long solution(int[] a) {
        long sum = 0;
        for (int x : a) sum += x;
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sum;
    }
}
