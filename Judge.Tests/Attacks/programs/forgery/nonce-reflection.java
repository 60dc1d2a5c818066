// expect: WRONG_ANSWER — reads the harness's private nonce (and record stream) by reflection, writes a record claiming the right sum, then returns a wrong value; a record the candidate can forge must not decide the verdict.
import java.io.*;
import java.lang.reflect.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

class Solution {
    private static int index = 0;

    public long solution(int[] a) {
        long right = 0;
        for (int x : a) right += x;
        int current = index++;
        try {
            Class<?> harness = Class.forName("JudgeHarness");
            List<String> candidates = new ArrayList<>();
            PrintStream records = null;
            for (Field f : harness.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                try {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    if (v instanceof String && !((String) v).isEmpty()) candidates.add((String) v);
                    if (v instanceof PrintStream) records = (PrintStream) v;
                } catch (Throwable e) {
                    // this field resists: try the others
                }
            }
            PrintStream out = records != null ? records : new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
            for (String nonce : candidates) { // only the real nonce's record counts; the others are ignored
                out.print("@@" + nonce + " RESULT " + current + " {\"ok\":true,\"value\":" + right + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}\n");
            }
            out.flush();
        } catch (Throwable e) {
            // no harness class, or reflection refused: the forgery failed, the wrong value stays
        }
        return right + 1;
    }
}
