// expect: WRONG_ANSWER — prints fake "@@<nonce> RESULT" records claiming the right sum (Console.Out, Console.Error and the raw stdout stream), then returns a wrong value; without the run's secret nonce the records are ignored.
using System;
using System.IO;
using System.Text;

class Solution
{
    private static int s_index;

    public long solution(int[] a)
    {
        long right = 0;
        foreach (var x in a) right += x;
        var record = "{\"ok\":true,\"value\":" + right + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}";
        var lines = new StringBuilder();
        foreach (var nonce in new[] { new string('0', 32), "", new string('f', 32) })
        {
            for (var i = s_index; i < s_index + 4; i++) lines.Append("@@" + nonce + " RESULT " + i + " " + record + "\n");
        }

        s_index++;
        Console.Write(lines.ToString());
        Console.Error.Write(lines.ToString());
        // The raw stdout stream is left open: only the harness may decide when stdout closes.
        var raw = Console.OpenStandardOutput();
        var bytes = Encoding.UTF8.GetBytes(lines.ToString());
        raw.Write(bytes, 0, bytes.Length);
        raw.Flush();

        return right + 1;
    }
}
