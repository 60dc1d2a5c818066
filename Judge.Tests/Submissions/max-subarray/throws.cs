class Solution
{
    public long solution(int[] a)
    {
        int[] empty = new int[0];
        return empty[a.Length];
    }
}
