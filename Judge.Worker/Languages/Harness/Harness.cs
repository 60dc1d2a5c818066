// Judge harness for C#: compiled together with the candidate's Solution.cs into one assembly and
// run inside the sandbox. It calls solution(...) once per test and prints result records tagged
// with a per-run nonce; it decides nothing (the worker compares outputs outside the sandbox).
// Protocol (one record per line on the private stdout):
//   @@<nonce> COMPILE {...} | READY | START i | RESULT i {...} | DONE
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;

internal static class JudgeHarness
{
    // One file per test (<i>.json, an argument list): only the current test's input is in memory.
    private const string TestsPath = "/sandbox/tests";
    private static StreamWriter s_records = StreamWriter.Null;
    private static string s_nonce = "";

    private static void Main()
    {
        s_nonce = Console.In.ReadLine() ?? "";
        // Records go to stdout; whatever the candidate prints with Console lands on stderr.
        s_records = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true };
        Console.SetOut(Console.Error);

        // Deep recursion is legitimate: run on a thread with a big stack.
        var thread = new Thread(Run, 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
    }

    private static void Emit(string kind, int? index = null, JsonObject? payload = null)
    {
        var line = "@@" + s_nonce + " " + kind;
        if (index is not null) line += " " + index.Value;
        if (payload is not null) line += " " + payload.ToJsonString();
        s_records.WriteLine(line);
    }

    private static void Run()
    {
        var type = typeof(JudgeHarness).Assembly.GetTypes().FirstOrDefault(t => t.Name == "Solution");
        var method = type?.GetMethod("solution", BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
        if (type is null || method is null)
        {
            Emit("COMPILE", payload: new JsonObject { ["line"] = 1, ["message"] = "Solution.cs(1,1): error: no public method solution(...) in a class named Solution" });
            return;
        }

        // This process's test group: one file per test, <i>.json (an argument list), i numbering the run's tests.
        var dir = Environment.GetEnvironmentVariable("HARNESS_TESTS") ?? TestsPath;
        var indices = Directory.GetFiles(dir, "*.json").Select(f => int.Parse(Path.GetFileNameWithoutExtension(f), System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
        var parameters = method.GetParameters();
        Emit("READY");
        foreach (var i in indices)
        {
            Emit("START", i);
            JsonObject result;
            var cpu0 = ThreadCpuNs();
            var wall0 = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var args = new object?[parameters.Length];
                using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, i + ".json"))))
                {
                    var p = 0;
                    foreach (var arg in json.RootElement.EnumerateArray())
                    {
                        args[p] = arg.Deserialize(parameters[p].ParameterType);
                        p++;
                    }
                }

                // A fresh instance per test: state kept in fields cannot leak between tests.
                var instance = method.IsStatic ? null : Activator.CreateInstance(type);
                cpu0 = ThreadCpuNs();
                wall0 = System.Diagnostics.Stopwatch.GetTimestamp();
                var value = method.Invoke(instance, args);
                var cpuMs = (ThreadCpuNs() - cpu0) / 1e6;
                var wallMs = System.Diagnostics.Stopwatch.GetElapsedTime(wall0).TotalMilliseconds;
                result = new JsonObject { ["ok"] = true, ["value"] = JsonSerializer.SerializeToNode(value, method.ReturnType) };
                result["cpuMs"] = cpuMs;
                result["wallMs"] = wallMs;
            }
            catch (Exception e)
            {
                var inner = e is TargetInvocationException { InnerException: { } ie } ? ie : e;
                result = new JsonObject
                {
                    ["ok"] = false,
                    ["kind"] = inner is OutOfMemoryException or InsufficientExecutionStackException ? "memory" : "exception",
                    ["error"] = Describe(inner),
                    ["cpuMs"] = (ThreadCpuNs() - cpu0) / 1e6,
                    ["wallMs"] = System.Diagnostics.Stopwatch.GetElapsedTime(wall0).TotalMilliseconds,
                };
            }

            result["memKb"] = PeakRssKb();
            Emit("RESULT", i, result);
        }

        Emit("DONE");
    }

    private static string Describe(Exception e)
    {
        var message = e.GetType().Name + ": " + e.Message;
        if (message.Length > 500) message = message[..500];
        var frame = new System.Diagnostics.StackTrace(e, true).GetFrames()
            .LastOrDefault(f => f.GetFileName()?.EndsWith("Solution.cs", StringComparison.Ordinal) == true && f.GetFileLineNumber() > 0);
        return frame is null ? message : message + " (Solution.cs line " + frame.GetFileLineNumber() + ")";
    }

    private static long PeakRssKb()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
            }
        }

        return 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    private static long ThreadCpuNs()
    {
        const int ClockThreadCpuTimeId = 3;
        ClockGetTime(ClockThreadCpuTimeId, out var t);
        return (t.Seconds * 1_000_000_000) + t.Nanoseconds;
    }
}
