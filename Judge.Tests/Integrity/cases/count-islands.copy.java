import java.util.*;

class Solution {
    public int solution(String[] m) {
        int h = m.length, w = m[0].length();
        boolean[] vis = new boolean[h * w];
        int[] st = new int[h * w];
        int n = 0;
        for (int p = 0; p < h * w; p++) {
            if (vis[p] || m[p / w].charAt(p % w) != '#') continue;
            n++;
            vis[p] = true;
            int sp = 0;
            st[sp++] = p;
            while (sp > 0) {
                int q = st[--sp];
                int y = q / w;
                int x = q % w;
                // up
                if (y > 0 && !vis[q - w] && m[y - 1].charAt(x) == '#') { vis[q - w] = true; st[sp++] = q - w; }
                // down
                if (y + 1 < h && !vis[q + w] && m[y + 1].charAt(x) == '#') { vis[q + w] = true; st[sp++] = q + w; }
                // left
                if (x > 0 && !vis[q - 1] && m[y].charAt(x - 1) == '#') { vis[q - 1] = true; st[sp++] = q - 1; }
                // right
                if (x + 1 < w && !vis[q + 1] && m[y].charAt(x + 1) == '#') { vis[q + 1] = true; st[sp++] = q + 1; }
            }
        }
        return n;
    }
}
