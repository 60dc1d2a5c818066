using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;

namespace Judge.Worker.Judging;

/// <summary>
/// Runs a harnessed program on a list of inputs in one sandbox container and reads back the
/// nonce-tagged records. It reports what happened; deciding verdicts is the caller's job.
/// </summary>
public sealed class HarnessRunner(DockerSandbox sandbox, TimeProvider time, Microsoft.Extensions.Options.IOptions<SandboxOptions> options)
{
    private const string GroupRunnerName = "run-groups.sh";

    /// <summary>
    /// Runs the harness command once per group folder (in order), with the group in HARNESS_TESTS and
    /// the nonce on stdin. Before each group it kills every process the previous one left (kill -1
    /// spares only PID 1, tini, and the shell itself) and empties /tmp (even folders the candidate
    /// locked with chmod), so nothing carries over.
    /// A harness that fails ends the run with its exit status.
    /// </summary>
    private static readonly byte[] GroupRunner = Encoding.UTF8.GetBytes("""
        read -r nonce
        for dir in /sandbox/tests/*/; do
          kill -9 -1 2>/dev/null
          chmod -R u+rwx /tmp 2>/dev/null; find /tmp -mindepth 1 -delete 2>/dev/null
          printf '%s\n' "$nonce" | HARNESS_TESTS="$dir" "$@" || exit $?
        done

        """);

    /// <summary>
    /// Runs tests from the start of <paramref name="inputs"/> until all are done or the program
    /// stops; <see cref="HarnessRun.StoppedAt"/> names the first input without a result.
    /// </summary>
    /// <param name="wallFor">The wall-clock allowance of input i (its index in <paramref name="inputs"/>).</param>
    /// <param name="groupStarts">
    /// Indices in <paramref name="inputs"/> where a test group starts; each group runs in a fresh
    /// process (its own runtime, statics and /tmp), so no state carries over. Null: one group.
    /// </param>
    public Task<HarnessRun> RunAsync(SandboxProgram program, IReadOnlyList<JsonArray> inputs, int memoryMb, Func<int, TimeSpan> wallFor, CancellationToken cancellationToken, IReadOnlyList<int>? groupStarts = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return RunFilesAsync(program, [.. inputs.Select(i => Encoding.UTF8.GetBytes(i.ToJsonString()))], memoryMb, wallFor, cancellationToken, groupStarts);
    }

    /// <summary>
    /// As <see cref="RunAsync"/>, with each test's file content given as is (the complexity probe's
    /// files hold several inputs, one per line). <paramref name="keepGoing"/> sees every result; when
    /// it answers false the container is killed and the run ends with the results so far.
    /// </summary>
    public async Task<HarnessRun> RunFilesAsync(SandboxProgram program, IReadOnlyList<byte[]> inputs, int memoryMb, Func<int, TimeSpan> wallFor, CancellationToken cancellationToken, IReadOnlyList<int>? groupStarts = null, Func<TestRecord, bool>? keepGoing = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(wallFor);

        // A fresh nonce per run: a candidate who learns one learns nothing about the next.
        var nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        // One folder per group, one file per test, so the harness holds only the current input in memory.
        var files = new Dictionary<string, byte[]>(program.Files) { [GroupRunnerName] = GroupRunner };
        var group = -1;
        for (var i = 0; i < inputs.Count; i++)
        {
            if (i == 0 || (groupStarts?.Contains(i) ?? false))
            {
                group++;
            }

            files[$"tests/{group:D4}/{i}.json"] = inputs[i];
        }

        var parser = new RecordParser(nonce, inputs.Count);
        using var watchdog = new Watchdog(time);
        var stopped = false;
        var outcome = await sandbox.RunAsync(
            new SandboxRun
            {
                Image = options.Value.ImageFor(program.ImageName),
                Command = ["sh", "/sandbox/" + GroupRunnerName, .. program.Command],
                Files = files,
                Stdin = Encoding.UTF8.GetBytes(nonce + "\n"),
                MemoryMb = memoryMb,
                Environment = program.Environment,
                ReadOnlyMounts = program.ReadOnlyMounts,
                Executables = program.Executables,
            },
            line =>
            {
                if (stopped)
                {
                    return; // the kill is on its way; nothing may re-arm the watchdog
                }

                var kind = parser.Accept(line);
                if (kind == RecordKind.Result && keepGoing is not null && !keepGoing(parser.Results[^1]))
                {
                    stopped = true;
                    watchdog.Arm(TimeSpan.Zero);
                    return;
                }

                switch (kind)
                {
                    case RecordKind.Start:
                    case RecordKind.Result when parser.Results.Count < inputs.Count:
                        // Each test, and the gap before the next (reading its input), gets that test's allowance.
                        watchdog.Arm(wallFor(parser.Results.Count));
                        break;
                    case RecordKind.Done:
                        // The next group's process starts its runtime (or, after the last, the container ends).
                        watchdog.Arm(TimeSpan.FromMilliseconds(options.Value.StartupTimeoutMs));
                        break;
                }
            },
            watchdog,
            cancellationToken);

        return new HarnessRun(parser.CompileError, parser.Results, parser.Results.Count < inputs.Count ? parser.Results.Count : null, outcome) { Forged = parser.Forged };
    }

    /// <summary>Accepts only well-formed records with this run's nonce, in order; everything else is ignored.</summary>
    private sealed class RecordParser(string nonce, int count)
    {
        private readonly string _prefix = "@@" + nonce + " ";

        public List<TestRecord> Results { get; } = [];

        public string? CompileError { get; private set; }

        /// <summary>
        /// Tests during which a record with this run's nonce came out of turn (a second RESULT for a
        /// finished test, a START or RESULT ahead of its turn): only a program that found the nonce in
        /// the harness's memory and wrote records of its own can do that.
        /// </summary>
        public HashSet<int> Forged { get; } = [];

        public RecordKind Accept(string line)
        {
            if (!line.StartsWith(_prefix, StringComparison.Ordinal))
            {
                return RecordKind.None;
            }

            var parts = line[_prefix.Length..].Split(' ', 3);
            switch (parts[0])
            {
                case "READY":
                    return RecordKind.Ready;
                case "START" or "RESULT" when parts.Length >= 2 && int.TryParse(parts[1], out var index) && (index != Results.Count || index >= count):
                    // The harness numbers records in order; one out of turn was written by someone else.
                    Forged.Add(Math.Clamp(Math.Min(index, Results.Count), 0, count - 1));
                    return RecordKind.None;
                case "START" when parts.Length >= 2:
                    return RecordKind.Start;
                case "RESULT" when parts.Length == 3 && TryParse(parts[2]) is { } result:
                    Results.Add(TestRecord.From(result));
                    return RecordKind.Result;
                case "COMPILE" when parts.Length >= 2 && Results.Count == 0:
                    var payload = TryParse(string.Join(' ', parts[1..]));
                    CompileError = payload?["message"]?.GetValue<string>() ?? "compile error";
                    return RecordKind.Compile;
                case "DONE":
                    return RecordKind.Done;
                default:
                    return RecordKind.None;
            }
        }

        private static JsonObject? TryParse(string json)
        {
            try
            {
                return JsonNode.Parse(json) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
            }
        }
    }

    private enum RecordKind
    {
        None,
        Ready,
        Start,
        Result,
        Compile,
        Done,
    }
}

/// <summary>What the harness reported for one run of a program.</summary>
/// <param name="CompileError">Set when the language compiles in the sandbox (Python) and the source did not.</param>
/// <param name="Results">One record per finished test, in input order.</param>
/// <param name="StoppedAt">Index of the first test without a result; null when every test finished.</param>
/// <param name="Outcome">The container's end: exit code, OOM kill, watchdog, output caps.</param>
public sealed record HarnessRun(string? CompileError, IReadOnlyList<TestRecord> Results, int? StoppedAt, SandboxOutcome Outcome)
{
    /// <summary>Tests during which records were forged (see the parser); their results cannot be trusted.</summary>
    public IReadOnlySet<int> Forged { get; init; } = new HashSet<int>();
}

/// <summary>One RESULT record: the value returned, or the failure, with the harness's measurements.</summary>
public sealed record TestRecord(bool Ok, JsonNode? Value, string? FailureKind, string? Error, double CpuMs, double WallMs, long MemoryKb)
{
    public static TestRecord From(JsonObject o) => new(
        o["ok"]?.GetValueKind() == System.Text.Json.JsonValueKind.True,
        o["value"]?.DeepClone(),
        Text(o["kind"]),
        Text(o["error"]),
        Number(o["cpuMs"]),
        Number(o["wallMs"]),
        (long)Number(o["memKb"]))
    {
        Calls = Math.Max(1, (int)Math.Min(Number(o["calls"]), int.MaxValue)),
        BaselineMs = Number(o["baselineMs"]),
        Ops = o["ops"] is JsonValue ops && Problems.Model.JsonNumbers.TryDouble(ops, out var count) && double.IsFinite(count) && count >= 0 ? count : null,
        OpsComplete = o["opsComplete"]?.GetValueKind() == System.Text.Json.JsonValueKind.True,
    };

    /// <summary>
    /// Probe samples only, where the language counts operations (HARNESS_PROBE_OPS=1): the operations
    /// one call on the sample's first input executed (loop iterations, basic blocks, lines: the unit is
    /// the language's, only growth matters). Exact and noise-free, so it shows a log factor that CPU time
    /// blurs; null when the harness did not count (the language cannot, or the call was too slow to trace).
    /// </summary>
    public double? Ops { get; init; }

    /// <summary>
    /// Whether <see cref="Ops"/> counted all the work of the call; false when library code it cannot see
    /// ran (a built-in sort, a tree set): then the count is a lower bound on the program's class.
    /// </summary>
    public bool OpsComplete { get; init; }

    /// <summary>Probe samples only: how many calls the per-call <see cref="CpuMs"/> averages over.</summary>
    public int Calls { get; init; } = 1;

    /// <summary>Probe samples only: the empty call's cost per call, already subtracted from <see cref="CpuMs"/>.</summary>
    public double BaselineMs { get; init; }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static double Number(JsonNode? node) =>
        node is JsonValue v && Problems.Model.JsonNumbers.TryDouble(v, out var d) && double.IsFinite(d) && d >= 0 ? d : 0;
}
