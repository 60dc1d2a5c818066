// expect: OK — scans System.getenv() for anything named or valued like a secret of the judge (PASS, TOKEN, POSTGRES, DOCKER...); the sandbox gets a clean environment, so the sum is returned.
import java.util.*;
import java.util.regex.*;

class Solution {
    private static final Pattern SECRET =
            Pattern.compile("PASS|SECRET|TOKEN|KEY|CONNECTION|POSTGRES|JUDGE|HANGFIRE|DOCKER", Pattern.CASE_INSENSITIVE);

    public long solution(int[] a) {
        for (Map.Entry<String, String> e : System.getenv().entrySet()) {
            if (SECRET.matcher(e.getKey()).find() || SECRET.matcher(e.getValue()).find()) return -424242;
        }
        long sum = 0;
        for (int x : a) sum += x;
        return sum;
    }
}
