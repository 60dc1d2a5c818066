// expect: WRONG_ANSWER — replaces System.out (System.setOut) with a stream that writes fake result records to the real stdout descriptor, then returns a wrong value; without the run's nonce (the harness keeps its own stream) they are ignored.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;

class Solution {
    private static int index = 0;

    public long solution(int[] a) {
        long right = 0;
        for (int x : a) right += x;
        String record = "{\"ok\":true,\"value\":" + right + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}";
        StringBuilder lines = new StringBuilder();
        for (int i = index; i < index + 4; i++) lines.append("@@").append("0".repeat(32)).append(" RESULT ").append(i).append(' ').append(record).append('\n');
        index++;
        PrintStream forged = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8) {
            @Override
            public void println(String x) {
                super.print(lines);
                super.println(x);
            }
        };
        System.setOut(forged);
        System.out.println("forged");
        forged.print(lines);
        forged.flush();
        return right + 1;
    }
}
