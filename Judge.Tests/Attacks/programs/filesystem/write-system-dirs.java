// expect: OK — creates files in /etc, /usr/bin, / and /sandbox and opens every file under /sandbox (its own classes and the test inputs) for appending; the root and /sandbox are read-only, so all fail and the sum is returned.
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

class Solution {
    private static final String[] NEW_FILES = {"/etc/judge-attack", "/usr/bin/judge-attack", "/judge-attack", "/sandbox/judge-attack", "/sandbox/tests/judge-attack"};
    private static final String[] EXISTING = {"/etc/passwd", "/etc/hosts"};

    private static boolean canCreate(String path) {
        try {
            Files.createFile(Paths.get(path));
        } catch (Exception e) {
            return false; // AccessDenied / FileSystemException (read-only file system): blocked
        }
        try {
            Files.deleteIfExists(Paths.get(path));
        } catch (Exception e) {
            // leave it: the breach is already counted
        }
        return true;
    }

    private static boolean canAppend(String path) {
        try (FileOutputStream out = new FileOutputStream(path, true)) { // opened, never written
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    public long solution(int[] a) {
        for (String p : NEW_FILES) if (canCreate(p)) return -424242;
        for (String p : EXISTING) if (canAppend(p)) return -424242;
        try (Stream<Path> files = Files.walk(Paths.get("/sandbox"))) {
            for (Path p : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                if (canAppend(p.toString())) return -424242;
            }
        } catch (Exception e) {
            // /sandbox unreadable: nothing more to try
        }
        long sum = 0;
        for (int x : a) sum += x;
        return sum;
    }
}
