class Solution {
    public long solution(int[] a) {
        long spins = 0;
        while (true) {
            spins++;
        }
    }
}
