// complexity: O(n^2)
// Keeps the prefix sorted in an array, shifting larger elements right to insert each arrival (n/2 moves on random input).
class Solution {
    public int[] solution(int[] a) {
        int n = a.length;
        int[] sorted = new int[n];
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            int x = a[i], j = i;
            while (j > 0 && sorted[j - 1] > x) { sorted[j] = sorted[j - 1]; j--; }
            sorted[j] = x;
            result[i] = sorted[i / 2];
        }
        return result;
    }
}
