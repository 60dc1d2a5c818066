import java.util.*;

class Solution {
    // DP over prefixes with a trie: from every start i that can be reached, walk the trie along
    // s[i..] (at most 20 letters) and mark every end where a word finishes. O(s.length * 20).
    public boolean solution(String s, String[] words) {
        int maxNodes = 1;
        for (String w : words) {
            maxNodes += w.length();
        }

        // Trie in flat arrays: next[node * 26 + c] is the child of node by letter c (0 = none).
        int[] next = new int[maxNodes * 26];
        boolean[] terminal = new boolean[maxNodes];
        int nodes = 1;
        for (String w : words) {
            int node = 0;
            for (int i = 0; i < w.length(); i++) {
                int c = w.charAt(i) - 'a';
                if (next[node * 26 + c] == 0) {
                    next[node * 26 + c] = nodes++;
                }

                node = next[node * 26 + c];
            }

            terminal[node] = true;
        }

        int n = s.length();
        boolean[] reachable = new boolean[n + 1];
        reachable[0] = true;
        for (int i = 0; i < n; i++) {
            if (!reachable[i]) {
                continue;
            }

            int node = 0;
            for (int j = i; j < n; j++) {
                node = next[node * 26 + (s.charAt(j) - 'a')];
                if (node == 0) {
                    break;
                }

                if (terminal[node]) {
                    reachable[j + 1] = true;
                }
            }
        }

        return reachable[n];
    }
}
