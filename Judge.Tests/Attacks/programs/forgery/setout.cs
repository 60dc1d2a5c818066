// expect: WRONG_ANSWER — replaces Console.Out (Console.SetOut) with a writer that forges result records onto the raw stdout stream, then returns a wrong value; without the run's nonce (the harness keeps its own writer) they are ignored.
using System;
using System.IO;
using System.Text;

class Solution
{
    private static int s_index;

    private sealed class ForgingWriter(Stream raw, string lines) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string value)
        {
            var bytes = Encoding.UTF8.GetBytes(lines + value);
            raw.Write(bytes, 0, bytes.Length);
            raw.Flush();
        }

        public override void WriteLine(string value) => Write(value + "\n");
    }

    public long solution(int[] a)
    {
        long right = 0;
        foreach (var x in a) right += x;
        var record = "{\"ok\":true,\"value\":" + right + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}";
        var lines = new StringBuilder();
        for (var i = s_index; i < s_index + 4; i++) lines.Append("@@" + new string('0', 32) + " RESULT " + i + " " + record + "\n");
        s_index++;
        // The raw stdout stream is left open: only the harness may decide when stdout closes.
        Console.SetOut(new ForgingWriter(Console.OpenStandardOutput(), lines.ToString()));
        Console.WriteLine("forged");
        return right + 1;
    }
}
