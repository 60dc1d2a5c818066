// expect: OK — reads /proc/self/status: CapEff, CapPrm and CapAmb must be 0, NoNewPrivs 1, Seccomp 2 (filter) and no uid 0; any other value is a weaker sandbox and returns a wrong sum.
import java.nio.file.*;
import java.util.*;

class Solution {
    public long solution(int[] a) {
        long sum = 0;
        for (int x : a) sum += x;
        List<String> lines;
        try {
            lines = Files.readAllLines(Paths.get("/proc/self/status"));
        } catch (Exception e) {
            return -424242; // /proc/self/status must be readable for the check to mean anything
        }
        boolean sawCapEff = false;
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 2) continue;
            switch (parts[0]) {
                case "CapEff:":
                    sawCapEff = true;
                    if (Long.parseUnsignedLong(parts[1], 16) != 0) return -424242;
                    break;
                case "CapPrm:":
                case "CapAmb:":
                    if (Long.parseUnsignedLong(parts[1], 16) != 0) return -424242;
                    break;
                case "NoNewPrivs:":
                    if (!parts[1].equals("1")) return -424242;
                    break;
                case "Seccomp:":
                    if (!parts[1].equals("2")) return -424242;
                    break;
                case "Uid:":
                case "Gid:":
                    for (int i = 1; i < parts.length; i++) if (parts[i].equals("0")) return -424242;
                    break;
                default:
                    break;
            }
        }
        return sawCapEff ? sum : -424242;
    }
}
