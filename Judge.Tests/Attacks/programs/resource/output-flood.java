// expect: OUTPUT_LIMIT — prints to stdout without end; the output cap stops the run with OUTPUT_LIMIT instead of filling the worker.
import java.util.*;

class Solution {
    public long solution(int[] a) {
        String line = "x".repeat(1023);
        while (true) {
            System.out.println(line);
        }
    }
}
