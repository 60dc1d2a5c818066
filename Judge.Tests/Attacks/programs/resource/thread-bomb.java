// expect: OK — starts sleeping threads until Thread.start throws OutOfMemoryError (unable to create native thread); the pids limit stops it, the threads are released, and the sum is still returned.
import java.util.*;

class Solution {
    public long solution(int[] a) {
        long sum = 0;
        for (int x : a) sum += x;

        final int cap = 5000; // far above the pids limit: reaching it means there was no limit
        List<Thread> started = new ArrayList<>();
        boolean refused = false;
        try {
            for (int i = 0; i < cap; i++) {
                Thread t = new Thread(null, () -> {
                    try {
                        Thread.sleep(30_000);
                    } catch (InterruptedException e) {
                        // released
                    }
                }, "bomb-" + i, 256 * 1024);
                t.setDaemon(true);
                t.start();
                started.add(t);
            }
        } catch (Throwable e) {
            // java.lang.OutOfMemoryError: unable to create native thread (pthread_create: EAGAIN)
            refused = true;
        }

        // Let them go, so the JVM has pids again for its own threads.
        for (Thread t : started) t.interrupt();
        for (Thread t : started) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                break;
            }
        }
        return refused ? sum : -424242;
    }
}
