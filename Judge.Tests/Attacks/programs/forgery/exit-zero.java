// expect: RUNTIME_ERROR — calls System.exit(0) inside solution, before returning; a clean exit code without a result record must still be a runtime error, never OK.
import java.util.*;

class Solution {
    public long solution(int[] a) {
        System.exit(0);
        return 0;
    }
}
