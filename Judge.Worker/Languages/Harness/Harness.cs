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
        if (Probe.TargetMs() is { } target)
        {
            // Each call on a fresh instance, as in a test; the empty call pays for the same dispatch and instance.
            object? NewInstance() => method.IsStatic ? null : Activator.CreateInstance(type);
            foreach (var i in indices)
            {
                Emit("START", i);
                Emit("RESULT", i, Probe.Sample(
                    File.ReadAllLines(Path.Combine(dir, i + ".json")),
                    line => Arguments(line, parameters),
                    args => method.Invoke(NewInstance(), args),
                    args => Probe.EmptyMethod.Invoke(null, [NewInstance(), args]),
                    target,
                    Describe));
            }

            Emit("DONE");
            return;
        }

        foreach (var i in indices)
        {
            Emit("START", i);
            JsonObject result;
            var cpu0 = ThreadCpuNs();
            var wall0 = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var args = Arguments(File.ReadAllText(Path.Combine(dir, i + ".json")), parameters);

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

    private static object?[] Arguments(string json, ParameterInfo[] parameters)
    {
        var args = new object?[parameters.Length];
        using var document = JsonDocument.Parse(json);
        var p = 0;
        foreach (var arg in document.RootElement.EnumerateArray())
        {
            args[p] = arg.Deserialize(parameters[p].ParameterType);
            p++;
        }

        return args;
    }

    private static string Describe(Exception e)
    {
        var message = e.GetType().Name + ": " + e.Message;
        if (message.Length > 500) message = message[..500];
        var frame = new System.Diagnostics.StackTrace(e, true).GetFrames()
            .LastOrDefault(f => f.GetFileName()?.EndsWith("Solution.cs", StringComparison.Ordinal) == true && f.GetFileLineNumber() > 0);
        return frame is null ? message : message + " (Solution.cs line " + frame.GetFileLineNumber() + ")";
    }

    internal static long PeakRssKb()
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

    internal static long ThreadCpuNs()
    {
        const int ClockThreadCpuTimeId = 3;
        ClockGetTime(ClockThreadCpuTimeId, out var t);
        return (t.Seconds * 1_000_000_000) + t.Nanoseconds;
    }
}

// Complexity probe mode (HARNESS_PROBE_MS set): each test file holds distinct inputs of one size, one
// argument list per line. One sample = thread CPU time per call, batched to about the target time on
// fresh copies of those inputs, minus an empty call's cost measured the same way. The worker fits.
internal static class Probe
{
    // Copies parsed for one batch: bounded so a batch of a fast solution stays cheap to prepare.
    private const long CopyBytes = 1_000_000;

    public static double? TargetMs() =>
        double.TryParse(Environment.GetEnvironmentVariable("HARNESS_PROBE_MS"), System.Globalization.CultureInfo.InvariantCulture, out var ms) ? ms : null;

    /// <summary>The empty call the baseline is made of: a reflective dispatch like solution's, no work.</summary>
    public static readonly System.Reflection.MethodInfo EmptyMethod = typeof(Probe).GetMethod(nameof(Empty), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    public static JsonObject Sample(string[] lines, Func<string, object?[]> parse, Func<object?[], object?> call, Func<object?[], object?> emptyCall, double targetMs, Func<Exception, string> describe)
    {
        lines = [.. lines.Where(l => l.Length > 0)];
        var wall0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu0 = JudgeHarness.ThreadCpuNs();
        try
        {
            // The first call alone: a slow one is its own sample, a fast one sets the batch size.
            // It is also the counted call (HARNESS_PROBE_OPS, an instrumented program): the counters are
            // compiled into reference and submission alike, so counting costs no extra call.
            var args = parse(lines[0]);
            OpsCounter.Reset();
            GC.Collect();
            cpu0 = JudgeHarness.ThreadCpuNs();
            call(args);
            var firstMs = (JudgeHarness.ThreadCpuNs() - cpu0) / 1e6;
            var ops = OpsCounter.Read();
            if (firstMs >= targetMs)
            {
                return OpsCounter.Add(Record(firstMs, 1, 0, wall0), ops);
            }

            var bytesPerCopy = Math.Max(1, lines.Sum(l => (long)l.Length) / lines.Length);
            var calls = (int)Math.Clamp(Math.Min(Math.Ceiling(targetMs / Math.Max(firstMs, 1e-4)), CopyBytes / bytesPerCopy), 1, 100_000);
            var batch = Enumerable.Range(0, calls).Select(j => parse(lines[j % lines.Length])).ToArray();
            // Parsing filled the young generation: collect now, so that a collection promoting the
            // copies (a cost that grows with n, and the harness's own) does not land in a timed loop.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            cpu0 = JudgeHarness.ThreadCpuNs();
            foreach (var a in batch)
            {
                call(a);
            }

            var spent = JudgeHarness.ThreadCpuNs() - cpu0;
            cpu0 = JudgeHarness.ThreadCpuNs();
            foreach (var a in batch)
            {
                emptyCall(a);
            }

            var baseline = JudgeHarness.ThreadCpuNs() - cpu0;
            return OpsCounter.Add(Record(Math.Max(0, spent - baseline) / 1e6 / calls, calls, baseline / 1e6 / calls, wall0), ops);
        }
        catch (Exception e)
        {
            var inner = e is System.Reflection.TargetInvocationException { InnerException: { } ie } ? ie : e;
            return new JsonObject
            {
                ["ok"] = false,
                ["kind"] = inner is OutOfMemoryException or InsufficientExecutionStackException ? "memory" : "exception",
                ["error"] = describe(inner),
                ["cpuMs"] = (JudgeHarness.ThreadCpuNs() - cpu0) / 1e6,
                ["wallMs"] = System.Diagnostics.Stopwatch.GetElapsedTime(wall0).TotalMilliseconds,
                ["memKb"] = JudgeHarness.PeakRssKb(),
            };
        }
    }

    // cpuMs is per call; wallMs is the whole sample's, what it cost the probe's budget.
    private static JsonObject Record(double cpuMs, int calls, double baselineMs, long wall0) => new()
    {
        ["ok"] = true,
        ["cpuMs"] = cpuMs,
        ["wallMs"] = System.Diagnostics.Stopwatch.GetElapsedTime(wall0).TotalMilliseconds,
        ["calls"] = calls,
        ["baselineMs"] = baselineMs,
        ["memKb"] = JudgeHarness.PeakRssKb(),
    };

    private static object? Empty(object? instance, object?[] args) => instance ?? args;
}

// Operation counts (HARNESS_PROBE_OPS set; C# counts every sample, the counters being free): read from JudgeOps, which exists only in a program the probe
// compiled with CSharpOpsInstrumenter; reached by reflection because the judged program has no such type.
internal static class OpsCounter
{
    private static readonly Type? s_type = Environment.GetEnvironmentVariable("HARNESS_PROBE_OPS") is { Length: > 0 }
        ? typeof(OpsCounter).Assembly.GetType("JudgeOps")
        : null;

    public static void Reset() => s_type?.GetMethod("Reset")!.Invoke(null, null);

    public static (long Ops, bool Complete)? Read() => s_type is null
        ? null
        : ((long)s_type.GetField("Count")!.GetValue(null)!, (bool)s_type.GetField("Complete")!.GetValue(null)! && !(bool)s_type.GetField("Unsized")!.GetValue(null)!);

    public static JsonObject Add(JsonObject record, (long Ops, bool Complete)? ops)
    {
        if (ops is { } counted)
        {
            record["ops"] = counted.Ops;
            record["opsComplete"] = counted.Complete;
        }

        return record;
    }
}
