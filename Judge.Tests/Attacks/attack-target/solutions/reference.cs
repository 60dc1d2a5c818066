class Solution
{
    public long solution(int[] a)
    {
        long sum = 0;
        foreach (var x in a)
        {
            sum += x;
        }

        return sum;
    }
}
