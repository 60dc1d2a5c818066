using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Problems.Loading;
using Judge.Worker.Cli;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Worker.Bench;

/// <summary>
/// `bench [--runs N] [--api URL] [--out FILE]`: latency figures with a baseline measured in the
/// same run. Baseline: a bare Docker.DotNet create+start+wait+remove of the sandbox image running
/// `true`. Measured: judging max-subarray (each language's bank reference) in the engine, and, with --api, submit →
/// verdict through the running API, Hangfire and worker, for all five languages. Also the harness's cost per test.
/// </summary>
public static class BenchCommand
{
    private const string Problem = "max-subarray";

    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var runs = args.PositiveInt("--runs", 20);
        var api = args.Optional("--api");
        var output = args.Optional("--out") ?? Path.Combine("bench-results", $"bench-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
        args.RejectUnknown();

        await using var services = WorkerHost.BuildEngine();
        var notReady = await services.GetRequiredService<SandboxPreflight>().CheckAsync(Core.Judging.LanguageNames.JudgedImages, cancellationToken);
        if (notReady is not null)
        {
            throw new CliException(notReady);
        }

        var spec = services.GetRequiredService<ProblemBank>().Find(Problem) ?? throw new CliException($"the bank has no {Problem}");
        var judge = services.GetRequiredService<SubmissionJudge>();
        // Each language's reference, as the spec declares it (solutions/reference.<ext>).
        var code = new Dictionary<string, string>();
        foreach (var solution in spec.Solutions.Where(s => Path.GetFileNameWithoutExtension(s.File) == "reference"))
        {
            code[solution.Language] = await File.ReadAllTextAsync(Path.Combine(spec.Directory, solution.File), cancellationToken);
        }

        var rows = new List<Row>();
        Console.Error.WriteLine($"bench: {runs} runs each on {Environment.ProcessorCount} cores");
        var baseline = await MeasureAsync("docker create+start+wait+remove `true` (baseline)", runs, _ => BareContainerAsync(services.GetRequiredService<IDockerClient>(), cancellationToken));
        rows.Add(baseline);
        foreach (var (language, source) in code)
        {
            await judge.JudgeAsync(spec, language, source, cancellationToken); // warm: compiler, cached expected outputs
            rows.Add(await MeasureAsync($"engine judge {Problem} {language} ({spec.Examples.Count + spec.Groups.Sum(g => g.Generated?.Seeds.Count ?? g.Cases.Count)} tests)", runs, async _ =>
            {
                var report = await judge.JudgeAsync(spec, language, source, cancellationToken);
                if (report.Verdict != Core.Judging.Verdict.Ok)
                {
                    throw new InvalidOperationException($"reference {language} judged {report.Verdict}");
                }
            }));
        }

        if (api is not null)
        {
            using var http = new HttpClient { BaseAddress = new Uri(api) };
            foreach (var (language, source) in code)
            {
                rows.Add(await MeasureAsync($"API submit → verdict {Problem} {language}", runs, _ => SubmitAndWaitAsync(http, language, source, cancellationToken)));
            }
        }

        var runner = services.GetRequiredService<HarnessRunner>();
        var toolchains = services.GetRequiredService<Toolchains>();
        var overhead = new List<string>();
        // The skeleton of each language returns a constant: what is left is the harness's own cost.
        foreach (var (language, source) in Problems.Model.SkeletonRenderer.All(spec.Signature))
        {
            var program = (await toolchains.Get(language).CompileAsync(source, cancellationToken)).Program!;
            var perTest = await HarnessOverheadAsync(runner, program, cancellationToken);
            overhead.Add($"harness overhead per test, {language}: {perTest:0.000} ms (container wall of 2001 trivial tests minus 1, divided by 2000)");
        }

        var report = Format(rows, baseline, overhead);
        Console.Out.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report, cancellationToken);
        Console.Error.WriteLine($"bench: saved to {output}");
        return 0;
    }

    private static async Task BareContainerAsync(IDockerClient docker, CancellationToken cancellationToken)
    {
        var created = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = "judge-sandbox-python:current",
            Cmd = ["true"],
            Labels = new Dictionary<string, string> { [DockerSandbox.Label] = "bench" },
            HostConfig = new HostConfig { NetworkMode = "none", LogConfig = new LogConfig { Type = "none" } },
        }, cancellationToken);
        try
        {
            await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            await docker.Containers.WaitContainerAsync(created.ID, cancellationToken);
        }
        finally
        {
            await docker.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }

    private static async Task SubmitAndWaitAsync(HttpClient http, string language, string code, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("/api/submissions", new { problemId = Problem, language, code }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var location = response.Headers.Location ?? throw new InvalidOperationException("no Location header");
        while (true)
        {
            var state = await http.GetFromJsonAsync<JsonObject>(location, cancellationToken);
            if (state?["state"]?.GetValue<string>() == "Completed")
            {
                return;
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private static async Task<double> HarnessOverheadAsync(HarnessRunner runner, SandboxProgram program, CancellationToken cancellationToken)
    {
        const int Many = 2001;
        var input = new JsonArray(new JsonArray(1, 2, 3));
        async Task<double> MinWallAsync(int count)
        {
            var best = double.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                var run = await runner.RunAsync(program, [.. Enumerable.Repeat(input, count)], 256, _ => TimeSpan.FromSeconds(10), cancellationToken);
                best = Math.Min(best, run.Outcome.Wall.TotalMilliseconds);
            }

            return best;
        }

        return (await MinWallAsync(Many) - await MinWallAsync(1)) / (Many - 1);
    }

    private static async Task<Row> MeasureAsync(string name, int runs, Func<int, Task> action)
    {
        var samples = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action(i);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        Console.Error.WriteLine($"bench: {name}: p50 {Percentile(samples, 50):0} ms");
        return new Row(name, samples);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    private static string Format(List<Row> rows, Row baseline, List<string> notes)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"# bench {DateTime.UtcNow:u}, {Environment.ProcessorCount} cores, {Environment.MachineName}");
        text.AppendLine(inv, $"{"what",-58} {"n",4} {"p50 ms",9} {"p95 ms",9} {"mean ms",9} {"p50/base",9}");
        foreach (var row in rows)
        {
            text.AppendLine(inv, $"{row.Name,-58} {row.Samples.Count,4} {Percentile(row.Samples, 50),9:0.0} {Percentile(row.Samples, 95),9:0.0} {row.Samples.Average(),9:0.0} {Percentile(row.Samples, 50) / Percentile(baseline.Samples, 50),9:0.00}");
        }

        foreach (var note in notes)
        {
            text.AppendLine(note);
        }

        return text.ToString();
    }

    private sealed record Row(string Name, List<double> Samples);
}
