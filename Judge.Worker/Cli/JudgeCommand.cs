using System.Text.Json;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Worker.Cli;

/// <summary>
/// `judge --problem &lt;id&gt; --lang &lt;language&gt; --file &lt;path&gt; [--json]`: judges one file and prints the
/// report. A stable contract for CI and outside tools: exit 0 whenever judging completed (whatever
/// the verdict), exit 2 with a one-line reason when it cannot judge.
/// </summary>
public static class JudgeCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var problemId = args.Required("--problem");
        var language = args.Required("--lang");
        var file = args.Required("--file");
        var json = args.Flag("--json");
        var complexity = args.Flag("--complexity");
        args.RejectUnknown();

        if (!LanguageNames.All.Contains(language))
        {
            throw new CliException($"unknown language '{language}'; expected one of {string.Join(", ", LanguageNames.All)}");
        }

        if (!File.Exists(file))
        {
            throw new CliException($"file '{file}' does not exist");
        }

        await using var services = WorkerHost.BuildEngine();
        var bank = services.GetRequiredService<ProblemBank>();
        var spec = bank.Find(problemId) ?? throw new CliException($"unknown problem '{problemId}'; the bank has: {string.Join(", ", bank.All.Select(p => p.Id))}");
        var toolchains = services.GetRequiredService<Toolchains>();
        if (!toolchains.Languages.Contains(language))
        {
            throw new CliException(new LanguageNotAvailableException(language, toolchains.Languages).Message);
        }

        var notReady = await services.GetRequiredService<SandboxPreflight>().CheckAsync(["dotnet", LanguageNames.ImageOf(language)], cancellationToken);
        if (notReady is not null)
        {
            throw new CliException(notReady);
        }

        var code = await File.ReadAllTextAsync(file, cancellationToken);
        var report = await services.GetRequiredService<SubmissionJudge>().JudgeAsync(spec, language, code, cancellationToken, probeComplexity: complexity);
        Console.Out.WriteLine(json ? JsonSerializer.Serialize(report, Json) : Describe(report));
        return 0;
    }

    private static string Describe(JudgeReport report)
    {
        var lines = new List<string>
        {
            $"{report.Problem} ({report.Language}): {report.Verdict.ToWire()}  correctness {report.Score.Correctness}%  performance {report.Score.Performance}%  total {report.Score.Total}%",
        };
        if (!report.Compile.Ok)
        {
            lines.Add(report.Compile.Output);
        }

        foreach (var g in report.Groups)
        {
            lines.Add($"  {g.Name,-24} {g.Kind,-12} {g.Verdict.ToWire()}");
            lines.AddRange(g.Tests.Select(t => $"    {t.Name,-22} {t.Verdict.ToWire(),-14} cpu {t.CpuMs,8:0.0} ms  wall {t.WallMs,8:0.0} ms  {t.MemoryKb,7} KiB  {t.Message}"));
        }

        if (report.Complexity is { } c)
        {
            lines.Add($"complexity: expected {c.Expected}, detected {c.Detected ?? "undetermined: " + string.Join(" or ", c.Alternatives)}{(c.Confident ? " (confident)" : string.Empty)}");
            lines.AddRange(PointLines(c.Points, c.ReferencePoints));
            foreach (var s in c.Sweeps ?? [])
            {
                lines.Add($"complexity in {s.Size} (other sizes fixed): expected {s.Expected}, detected {s.Detected ?? "undetermined: " + string.Join(" or ", s.Alternatives)}{(s.Confident ? " (confident)" : string.Empty)}");
                lines.AddRange(PointLines(s.Points, s.ReferencePoints));
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>One line per size: CPU ms beside the reference's, and the operation count where the language counted it ("≥" when library work went unseen).</summary>
    private static IEnumerable<string> PointLines(IReadOnlyList<Complexity.ProbePoint> points, IReadOnlyList<Complexity.ProbePoint> referencePoints)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var reference = referencePoints.ToDictionary(p => p.N, p => p.CpuMs);
        return points.Select(p =>
        {
            var r = reference.TryGetValue(p.N, out var ms) ? ms.ToString("0.000", inv) : "-";
            var ops = p.Ops is { } count ? string.Create(inv, $"  ops {(p.OpsComplete ? "" : "≥")}{count,12:0}") : string.Empty;
            return $"    n {p.N,7}  cpu {p.CpuMs,10:0.000} ms  reference {r,10} ms{ops}";
        });
    }
}
