// expect: OK — opens /dev/null until the open fails (Too many open files); the nofile limit (256) stops it, everything is closed again, and the sum is returned.
import java.io.*;
import java.util.*;

class Solution {
    public long solution(int[] a) {
        long sum = 0;
        for (int x : a) sum += x;
        final int cap = 100000; // far above nofile=256: reaching it means there was no fd limit
        List<FileInputStream> open = new ArrayList<>();
        boolean refused = false;
        try {
            for (int i = 0; i < cap; i++) open.add(new FileInputStream("/dev/null"));
        } catch (IOException e) {
            refused = true; // FileNotFoundException: /dev/null (Too many open files)
        } finally {
            for (FileInputStream f : open) {
                try {
                    f.close();
                } catch (IOException e) {
                    // nothing to do
                }
            }
        }
        return refused ? sum : -424242;
    }
}
