// expect: OK — opens a TCP connection to 1.1.1.1:443 (1.5 s timeout); the sandbox has no network but loopback, so it fails and the sum is returned.
import java.io.*;
import java.net.*;
import java.util.*;

class Solution {
    private static Boolean reached = null; // once per process: later tests reuse the answer

    private static boolean reachesInternet() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {1, 1, 1, 1}), 443), 1500);
            return true;
        } catch (Exception e) {
            return false; // NoRouteToHost / SocketException / timeout: blocked
        }
    }

    public long solution(int[] a) {
        if (reached == null) reached = reachesInternet();
        if (reached) return -424242;
        long sum = 0;
        for (int x : a) sum += x;
        return sum;
    }
}
