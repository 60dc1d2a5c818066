class Solution
{
    public long solution(int[] a)
    {
        long x = 0;
        while (true) { x++; }
    }
}
