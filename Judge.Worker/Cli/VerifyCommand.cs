using System.Globalization;
using System.Text;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Cli;

/// <summary>
/// `verify [--problem &lt;id&gt;] [--parallel N] [--complexity]`: validates the bank's specs, judges every declared
/// solution, prints a table (task, solution, expected, got, slowest test against its limit, margin)
/// and exits 1 on any mismatch or spec error. With --complexity it then probes, one at a time, every
/// solution whose spec declares its class: a confident detection of another class is a mismatch;
/// "undetermined" is reported, not failed (the probe may say it cannot tell). CI runs it over the whole bank.
/// </summary>
public static class VerifyCommand
{
    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var only = args.Optional("--problem");
        var parallel = args.PositiveInt("--parallel", Math.Max(1, Environment.ProcessorCount));
        var complexity = args.Flag("--complexity");
        args.RejectUnknown();

        await using var services = WorkerHost.BuildEngine();
        ProblemBank bank;
        try
        {
            bank = services.GetRequiredService<ProblemBank>();
        }
        catch (SpecException e)
        {
            Console.Out.WriteLine($"spec error: {e.Message}");
            return 1;
        }

        var specs = bank.All.Where(p => only is null || p.Id == only).ToList();
        if (specs.Count == 0)
        {
            throw new CliException(only is null ? "the bank is empty" : $"unknown problem '{only}'; the bank has: {string.Join(", ", bank.All.Select(p => p.Id))}");
        }

        var notReady = await services.GetRequiredService<SandboxPreflight>().CheckAsync(Core.Judging.LanguageNames.JudgedImages, cancellationToken);
        if (notReady is not null)
        {
            throw new CliException(notReady);
        }

        var judge = services.GetRequiredService<SubmissionJudge>();
        var planner = services.GetRequiredService<TestPlanner>();
        var toolchains = services.GetRequiredService<Toolchains>();
        var rows = new List<Row>();
        var specErrors = new List<string>();
        var unplannable = new HashSet<string>(StringComparer.Ordinal);
        var started = TimeProvider.System.GetTimestamp();

        // Plans first (one reference run per task), so solution runs do not race to build them.
        foreach (var spec in specs)
        {
            try
            {
                await planner.PlanAsync(spec, cancellationToken);
            }
            catch (Exception e) when (e is SpecPlanException or Problems.Scripts.ScriptCompileException or InvalidOperationException)
            {
                specErrors.Add(e.Message.StartsWith(spec.Id + "/", StringComparison.Ordinal) ? e.Message : $"{spec.Id}: {e.Message}");
                unplannable.Add(spec.Id);
            }
        }

        var work = specs.Where(s => !unplannable.Contains(s.Id))
            .SelectMany(s => s.Solutions.Select(solution => (Spec: s, Solution: solution)))
            .ToList();
        await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, async (item, ct) =>
        {
            var row = await VerifyOneAsync(judge, toolchains, item.Spec, item.Solution, ct);
            lock (rows)
            {
                rows.Add(row);
                Console.Error.WriteLine($"verify: {row.Task} {row.Solution}: {row.Got}{(row.Matches ? "" : " (MISMATCH)")}");
            }
        });

        // One probe at a time, after all judging: CPU-time sweeps measured beside other work are noisier.
        var probes = new List<ComplexityRow>();
        if (complexity)
        {
            var probe = services.GetRequiredService<Complexity.ComplexityProbe>();
            foreach (var (spec, solution) in work.Where(w => w.Solution.Complexity is not null))
            {
                var row = await ProbeOneAsync(probe, toolchains, spec, solution, cancellationToken);
                probes.Add(row);
                Console.Error.WriteLine($"verify: {row.Task} {row.Solution}: complexity {row.Detected}{(row.Matches ? "" : " (MISMATCH)")}");
            }
        }

        var text = Format([.. rows.OrderBy(r => r.Task, StringComparer.Ordinal).ThenBy(r => r.Solution, StringComparer.Ordinal)], specErrors,
            TimeProvider.System.GetElapsedTime(started));
        Console.Out.Write(text);
        if (complexity)
        {
            Console.Out.Write(FormatComplexity(probes));
        }

        return specErrors.Count == 0 && rows.All(r => r.Matches) && probes.All(p => p.Matches) ? 0 : 1;
    }

    private static async Task<Row> VerifyOneAsync(SubmissionJudge judge, Toolchains toolchains, ProblemSpec spec, DeclaredSolution solution, CancellationToken cancellationToken)
    {
        var language = solution.Language;
        if (!toolchains.Languages.Contains(language))
        {
            return new Row(spec.Id, solution.File, language, solution.Expect, "NO_TOOLCHAIN", null, null, null, TimeSpan.Zero);
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var code = await File.ReadAllTextAsync(Path.Combine(spec.Directory, solution.File), cancellationToken);
        var report = await judge.JudgeAsync(spec, language, code, cancellationToken);
        var tests = report.Groups.SelectMany(g => g.Tests).Where(t => t.Verdict == Verdict.Ok).ToList();
        var slowest = tests.OrderByDescending(t => t.CpuMs / t.CpuLimitMs).FirstOrDefault();
        return new Row(spec.Id, solution.File, language, solution.Expect, report.Verdict.ToWire(),
            slowest?.CpuMs, slowest?.CpuLimitMs, slowest is null ? null : 1 - (slowest.CpuMs / slowest.CpuLimitMs), watch.Elapsed);
    }

    private static async Task<ComplexityRow> ProbeOneAsync(Complexity.ComplexityProbe probe, Toolchains toolchains, ProblemSpec spec, DeclaredSolution solution, CancellationToken cancellationToken)
    {
        var code = await File.ReadAllTextAsync(Path.Combine(spec.Directory, solution.File), cancellationToken);
        var compiled = await toolchains.Get(solution.Language).CompileForProbeAsync(code, cancellationToken);
        if (compiled.Program is null)
        {
            return new ComplexityRow(spec.Id, solution.File, solution.Complexity!, "does not compile", false, false, false);
        }

        var report = await probe.ProbeAsync(spec, solution.Language, compiled.Program, cancellationToken);
        var detected = report.Detected is null
            ? "undetermined: " + string.Join(" or ", report.Alternatives)
            : report.Detected + (report.Confident ? "" : " (tentative)");
        return new ComplexityRow(spec.Id, solution.File, solution.Complexity!, detected, report.Confident && report.Detected != solution.Complexity, report.Detected == solution.Complexity, !report.Confident);
    }

    private static string FormatComplexity(List<ComplexityRow> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"{"task",-26} {"solution",-36} {"declared",-14} detected");
        foreach (var r in rows)
        {
            text.AppendLine(inv, $"{r.Task,-26} {r.Solution,-36} {r.Declared,-14} {r.Detected}{(r.Matches ? "" : " ✗")}");
        }

        text.AppendLine(inv, $"verify: {rows.Count} complexities, {rows.Count(r => r.Right)} detected as declared ({rows.Count(r => r.Right && r.Tentative)} of them tentatively), {rows.Count(r => !r.Right && r.Matches)} undetermined or tentatively another, {rows.Count(r => !r.Matches)} confidently wrong");
        return text.ToString();
    }

    /// <summary>One probed solution: only a confident detection of another class is a mismatch.</summary>
    private sealed record ComplexityRow(string Task, string Solution, string Declared, string Detected, bool ConfidentlyWrong, bool Right, bool Tentative)
    {
        public bool Matches => !ConfidentlyWrong && Detected != "does not compile";
    }

    private static string Format(List<Row> rows, List<string> specErrors, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"{"task",-26} {"solution",-36} {"lang",-7} {"expected",-14} {"got",-14} {"slowest ok test",-22} {"margin",7} {"time",7}");
        foreach (var r in rows)
        {
            var slowest = r.CpuMs is null ? "-" : $"{r.CpuMs:0.0}/{r.LimitMs:0} ms";
            var margin = r.Margin is null ? "-" : $"{r.Margin:P0}";
            text.AppendLine(inv, $"{r.Task,-26} {r.Solution,-36} {r.Language,-7} {r.Expected,-14} {r.Got + (r.Matches ? "" : " ✗"),-14} {slowest,-22} {margin,7} {r.Elapsed.TotalSeconds,6:0.0}s");
        }

        foreach (var error in specErrors)
        {
            text.AppendLine(inv, $"spec error: {error}");
        }

        var mismatches = rows.Count(r => !r.Matches);
        text.AppendLine(inv, $"verify: {rows.Count} solutions, {mismatches} mismatches, {specErrors.Count} spec errors in {elapsed.TotalSeconds:0} s");
        return text.ToString();
    }

    /// <summary>One judged solution. Margin: how far the slowest passing test stayed below its CPU limit.</summary>
    private sealed record Row(string Task, string Solution, string Language, string Expected, string Got, double? CpuMs, double? LimitMs, double? Margin, TimeSpan Elapsed)
    {
        public bool Matches => Expected == Got;
    }
}
