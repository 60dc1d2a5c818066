// expect: WRONG_ANSWER — reads the harness's private nonce (and record writer) by reflection, writes a record claiming the right sum, then returns a wrong value; a record the candidate can forge must not decide the verdict.
using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text;

class Solution
{
    private static int s_index;

    public long solution(int[] a)
    {
        long right = 0;
        foreach (var x in a) right += x;
        var index = s_index++;
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        foreach (var type in typeof(Solution).Assembly.GetTypes())
        {
            if (type == typeof(Solution) || type.ContainsGenericParameters) continue;
            var candidates = new List<string>();
            TextWriter writer = null;
            foreach (var field in type.GetFields(Any))
            {
                try
                {
                    var value = field.GetValue(null);
                    if (value is string s && s.Length > 0) candidates.Add(s);
                    if (value is TextWriter w) writer = w;
                }
                catch (Exception)
                {
                    // this field resists: try the others
                }
            }

            foreach (var nonce in candidates) // only the real nonce's record counts; the others are ignored
            {
                var line = "@@" + nonce + " RESULT " + index + " {\"ok\":true,\"value\":" + right + ",\"cpuMs\":0.1,\"wallMs\":0.1,\"memKb\":1}\n";
                if (writer != null)
                {
                    writer.Write(line); // the harness's own record writer
                    writer.Flush();
                }
                else
                {
                    var bytes = Encoding.UTF8.GetBytes(line);
                    var raw = Console.OpenStandardOutput(); // left open: the harness owns stdout
                    raw.Write(bytes, 0, bytes.Length);
                    raw.Flush();
                }
            }
        }

        return right + 1;
    }
}
