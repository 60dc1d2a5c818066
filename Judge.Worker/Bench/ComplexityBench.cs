using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Worker.Cli;
using Judge.Worker.Complexity;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Worker.Bench;

/// <summary>
/// `bench-complexity [--corpus DIR [--corpus-only]] [--problem ID] [--lang L] [--out FILE] [--json]`: the complexity probe's
/// accuracy over a labelled corpus — every bank solution whose spec declares its class, and every file under the corpus folder
/// (`&lt;task&gt;/&lt;file&gt;`, its first line a comment `complexity: O(...)`). Prints one row per solution
/// and the totals: right, confidently wrong, undetermined, and seconds the probe added.
/// Each is compared with the task's reference in its language, as a submission is; the references
/// themselves are not in the corpus (compared with themselves they would be right by construction).
/// </summary>
public static partial class ComplexityBench
{
    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var corpusDir = args.Optional("--corpus");
        var only = args.Optional("--problem");
        var language = args.Optional("--lang");
        var corpusOnly = args.Flag("--corpus-only");
        var json = args.Flag("--json");
        var output = args.Optional("--out") ?? Path.Combine("bench-results", $"complexity-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
        args.RejectUnknown();

        await using var services = WorkerHost.BuildEngine();
        var notReady = await services.GetRequiredService<SandboxPreflight>().CheckAsync(Core.Judging.LanguageNames.JudgedImages, cancellationToken);
        if (notReady is not null)
        {
            throw new CliException(notReady);
        }

        var bank = services.GetRequiredService<ProblemBank>();
        var items = Corpus(bank, corpusDir).Where(i => !corpusOnly || !i.FromBank).Where(i => (only is null || i.Spec.Id == only) && (language is null || DeclaredSolution.LanguageOf(i.Path) == language)).ToList();
        if (items.Count == 0)
        {
            throw new CliException("the corpus is empty");
        }

        var toolchains = services.GetRequiredService<Toolchains>();
        var probe = services.GetRequiredService<ComplexityProbe>();
        var runner = services.GetRequiredService<ProbeRunner>();
        var rows = new List<Row>();
        foreach (var item in items)
        {
            var itemLanguage = DeclaredSolution.LanguageOf(item.Path);
            var compiled = await toolchains.Get(itemLanguage).CompileForProbeAsync(await File.ReadAllTextAsync(item.Path, cancellationToken), cancellationToken);
            if (compiled.Program is null)
            {
                throw new CliException($"{item.Path} does not compile: {compiled.Output}");
            }

            var reference = ProbeRunner.ReferenceFile(item.Spec, itemLanguage);
            // Measured once per task and file, not per submission: the main sweep's and each extra sweep's,
            // and their inputs (a worker generates them once per spec version; a cached reference sweep
            // does not generate them).
            await runner.ReferenceAsync(item.Spec, reference, cancellationToken);
            await runner.PrepareInputsAsync(item.Spec, item.Spec.Complexity.Generator, cancellationToken);
            foreach (var extra in item.Spec.Complexity.Sweeps)
            {
                await runner.ReferenceAsync(item.Spec, reference, extra.Generator, cancellationToken);
                await runner.PrepareInputsAsync(item.Spec, extra.Generator, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            var report = await probe.ProbeAsync(item.Spec, itemLanguage, compiled.Program, cancellationToken, reference);
            var counts = report.Counts;
            var row = new Row(item.Spec.Id, item.Name, itemLanguage, item.Label, report.Detected, report.Confident, report.Alternatives, clock.Elapsed.TotalSeconds, reference, report.Rule, report.Reason)
            {
                Counted = counts is null ? null : (counts.Complete ? "" : "≥ ") + (counts.Class?.Name ?? "no class") + (counts.Confident ? "" : counts.AtLeast ? "+?" : "?"),
                CountedRight = counts?.Class?.Name == item.Label,
            };
            rows.Add(row);
            Console.Error.WriteLine(row.Line());
        }

        var text = Format(rows);
        Console.Out.WriteLine(json ? JsonSerializer.Serialize(Summary(rows)) : text);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, text, cancellationToken);
        Console.Error.WriteLine($"bench-complexity: saved to {output}");
        return 0;
    }

    /// <summary>One labelled solution: its task, a display name, the file and its known class.</summary>
    public sealed record CorpusItem(ProblemSpec Spec, string Name, string Path, string Label, bool FromBank);

    /// <summary>The bank's solutions of known class, then the corpus folder's.</summary>
    public static IEnumerable<CorpusItem> Corpus(ProblemBank bank, string? corpusDir)
    {
        ArgumentNullException.ThrowIfNull(bank);
        foreach (var spec in bank.All)
        {
            // The references are what the others are compared with: a reference against itself says nothing.
            foreach (var solution in spec.Solutions.Where(s => s.Complexity is not null && Path.GetFileNameWithoutExtension(s.File) != "reference"))
            {
                yield return new CorpusItem(spec, solution.File, Path.Combine(spec.Directory, solution.File), solution.Complexity!, FromBank: true);
            }
        }

        if (corpusDir is null)
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(corpusDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var task = Path.GetFileName(Path.GetDirectoryName(file)!);
            var spec = bank.Find(task) ?? throw new CliException($"{file}: no task '{task}' in the bank (corpus files go in <task>/)");
            var first = File.ReadLines(file).FirstOrDefault() ?? string.Empty;
            var match = LabelLine().Match(first);
            if (!match.Success || !ComplexitySpec.Classes.Contains(match.Groups[1].Value.Trim()))
            {
                throw new CliException($"{file}:1: the first line must be a comment 'complexity: <class>', one of {string.Join(", ", ComplexitySpec.Classes)}");
            }

            yield return new CorpusItem(spec, Path.GetRelativePath(corpusDir, file), file, match.Groups[1].Value.Trim(), FromBank: false);
        }
    }

    [GeneratedRegex(@"^\s*(?://|#)\s*complexity:\s*(.+?)\s*$")]
    private static partial Regex LabelLine();

    private sealed record Row(string Task, string Solution, string Language, string Label, string? Detected, bool Confident, IReadOnlyList<string> Alternatives, double Seconds, string Reference, string? Rule, string? Reason)
    {
        /// <summary>What the operation counts alone fit ("≥ " when the counter missed library work; "+?" when a log factor more is not ruled out, "?" when the class below is not); null when not counted or too scattered.</summary>
        public string? Counted { get; init; }

        public bool CountedRight { get; init; }

        public string Outcome =>
            Detected is null ? "undetermined"
            : Detected == Label ? (Confident ? "right" : "right (tentative)")
            : Confident ? "CONFIDENTLY WRONG" : "wrong (tentative)";

        public string Line() => string.Create(CultureInfo.InvariantCulture,
            $"{Task,-26} {Solution,-36} {Language,-10} {Label,-12} {Detected ?? "undetermined: " + string.Join(" or ", Alternatives),-34} {Outcome,-18} {Seconds,5:0.0}s  ops {Counted ?? "-",-16} vs {Reference}{(Reason is null ? "" : $"\n    {Rule}: {Reason}")}");
    }

    private static Dictionary<string, object> Summary(IReadOnlyList<Row> rows) => new()
    {
        ["solutions"] = rows.Count,
        ["tasks"] = rows.Select(r => r.Task).Distinct().Count(),
        ["languages"] = rows.Select(r => r.Language).Distinct().Count(),
        ["right"] = rows.Count(r => r.Detected == r.Label),
        ["confidentlyWrong"] = rows.Count(r => r.Confident && r.Detected != r.Label),
        ["tentativelyWrong"] = rows.Count(r => !r.Confident && r.Detected is not null && r.Detected != r.Label),
        ["undetermined"] = rows.Count(r => r.Detected is null),
        ["counted"] = rows.Count(r => r.Counted is not null),
        ["countsAloneRight"] = rows.Count(r => r.CountedRight),
        ["meanSeconds"] = Math.Round(rows.Average(r => r.Seconds), 2),
        ["maxSeconds"] = Math.Round(rows.Max(r => r.Seconds), 2),
        // Why the rows that are not right were not: the fitter's rule that decided each.
        ["notRightByRule"] = rows.Where(r => r.Detected != r.Label).GroupBy(r => r.Rule ?? "confident fit").OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count()),
        ["confidentlyWrongSolutions"] = rows.Where(r => r.Confident && r.Detected != r.Label).Select(r => $"{r.Task}/{r.Solution}").ToList(),
    };

    private static string Format(IReadOnlyList<Row> rows)
    {
        var s = Summary(rows);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"complexity probe over {s["solutions"]} labelled solutions ({s["tasks"]} tasks, {s["languages"]} languages), {Environment.ProcessorCount} cores");
        foreach (var row in rows)
        {
            text.AppendLine(row.Line());
        }

        double Share(string key) => 100.0 * (int)s[key] / rows.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"right: {s["right"]}/{rows.Count} ({Share("right"):0.0} %)");
        text.AppendLine(CultureInfo.InvariantCulture, $"confidently wrong: {s["confidentlyWrong"]} ({Share("confidentlyWrong"):0.0} %)");
        text.AppendLine(CultureInfo.InvariantCulture, $"tentatively wrong: {s["tentativelyWrong"]} ({Share("tentativelyWrong"):0.0} %)");
        text.AppendLine(CultureInfo.InvariantCulture, $"undetermined: {s["undetermined"]} ({Share("undetermined"):0.0} %)");
        text.AppendLine(CultureInfo.InvariantCulture, $"operation counts: {s["counted"]} of {rows.Count} counted; their class alone is the label in {s["countsAloneRight"]}");
        text.AppendLine(CultureInfo.InvariantCulture, $"not right, by the rule that decided: {string.Join(", ", ((Dictionary<string, int>)s["notRightByRule"]).Select(kv => $"{kv.Key} {kv.Value}"))}");
        text.AppendLine(CultureInfo.InvariantCulture, $"load average at the end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        text.AppendLine(CultureInfo.InvariantCulture, $"seconds added per submission (probe sweep, reference cached): mean {s["meanSeconds"]}, max {s["maxSeconds"]}");
        return text.ToString();
    }
}
