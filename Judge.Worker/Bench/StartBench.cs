using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Docker.DotNet;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Worker.Cli;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Bench;

/// <summary>
/// `bench-start [--runs N] [--per-spec N] [--out FILE]`: sandbox start latency with the warm pool off
/// (the baseline: create per run, as before the pool) and on, in the same run, alternating run by run
/// so drift hits both alike. Start latency: from RunAsync called to the first line printed by
/// `sh -c 'echo started'` in each sandbox image. Whole run: one test of each language's skeleton
/// through the harness, from RunAsync called to the container removed.
/// </summary>
public static class StartBench
{
    private const string Problem = "max-subarray";

    public static async Task<int> RunAsync(CliArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var runs = args.PositiveInt("--runs", 20);
        var perSpec = args.PositiveInt("--per-spec", WarmPoolOptions.DefaultPerSpec);
        var output = args.Optional("--out") ?? Path.Combine("bench-results", $"bench-start-{DateTime.UtcNow:yyyyMMdd-HHmmss}.txt");
        args.RejectUnknown();

        await using var services = WorkerHost.BuildEngine();
        var notReady = await services.GetRequiredService<SandboxPreflight>().CheckAsync(LanguageNames.JudgedImages, cancellationToken);
        if (notReady is not null)
        {
            throw new CliException(notReady);
        }

        var docker = services.GetRequiredService<IDockerClient>();
        await using var off = Mode.Create(services, docker, perSpec: 0);
        await using var on = Mode.Create(services, docker, perSpec);
        var spec = services.GetRequiredService<ProblemBank>().Find(Problem) ?? throw new CliException($"the bank has no {Problem}");
        var toolchains = services.GetRequiredService<Toolchains>();
        var programs = new List<(string Language, SandboxProgram Program)>();
        foreach (var (language, source) in SkeletonRenderer.All(spec.Signature))
        {
            programs.Add((language, (await toolchains.Get(language).CompileAsync(source, cancellationToken)).Program!));
        }

        // The engine's own pool (compiles above) must be idle before anything is timed.
        _ = await services.GetRequiredService<WarmContainerPool>().WaitFullAsync(cancellationToken);

        var cases = new List<(string Name, Func<Mode, Task<double>> Measure)>();
        foreach (var image in LanguageNames.JudgedImages)
        {
            cases.Add(($"start latency, image {image} (to first output line)", mode => StartLatencyAsync(mode, image, cancellationToken)));
        }

        foreach (var (language, program) in programs)
        {
            cases.Add(($"whole run, {language} skeleton, 1 test", mode => WholeRunAsync(mode, program, cancellationToken)));
        }

        Console.Error.WriteLine($"bench-start: {runs} runs per case and mode, pool {perSpec} per spec, {Environment.ProcessorCount} cores");
        var rows = new List<(string Name, List<double> Off, List<double> On)>();
        foreach (var (name, measure) in cases)
        {
            // Warm both: the first run of a spec fills the pool for it; caches and page cache for both.
            await measure(off);
            await measure(on);
            if (!await on.Pool.WaitFullAsync(cancellationToken))
            {
                throw new InvalidOperationException("the warm pool could not fill (see the log)");
            }
            var (offSamples, onSamples) = (new List<double>(), new List<double>());
            for (var i = 0; i < runs; i++)
            {
                // Alternating order too: neither mode always follows the other's container removal.
                var first = i % 2 == 0 ? off : on;
                var second = first == off ? on : off;
                var a = await measure(first);
                var b = await measure(second);
                (first == off ? offSamples : onSamples).Add(a);
                (second == off ? offSamples : onSamples).Add(b);
            }

            offSamples.Sort();
            onSamples.Sort();
            Console.Error.WriteLine($"bench-start: {name}: p50 off {BenchCommand.Percentile(offSamples, 50):0} ms, on {BenchCommand.Percentile(onSamples, 50):0} ms");
            rows.Add((name, offSamples, onSamples));
        }

        // Not what the pool does: how much a pool of started containers (blocked on stdin) would leave, for comparison.
        var startedRows = new List<(string Name, List<double> Samples)>();
        foreach (var image in LanguageNames.JudgedImages)
        {
            await PreStartedAsync(docker, off.Options, image, cancellationToken);
            var samples = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                samples.Add(await PreStartedAsync(docker, off.Options, image, cancellationToken));
            }

            samples.Sort();
            startedRows.Add(($"already started, image {image} (to first output line)", samples));
        }

        var report = Format(rows, startedRows, runs, perSpec, on.Pool);
        Console.Out.WriteLine(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, report, cancellationToken);
        Console.Error.WriteLine($"bench-start: saved to {output}");
        return 0;
    }

    private static async Task<double> StartLatencyAsync(Mode mode, string image, CancellationToken cancellationToken)
    {
        using var watchdog = new Watchdog(TimeProvider.System);
        var requested = Stopwatch.GetTimestamp();
        long firstLine = 0;
        var outcome = await mode.Sandbox.RunAsync(
            new SandboxRun
            {
                Image = mode.Options.ImageFor(image),
                Command = ["sh", "-c", "echo started"],
                Files = new Dictionary<string, byte[]>(),
                Stdin = [],
                MemoryMb = 256,
            },
            _ => Interlocked.CompareExchange(ref firstLine, Stopwatch.GetTimestamp(), 0),
            watchdog,
            cancellationToken);
        if (outcome.ExitCode != 0 || firstLine == 0)
        {
            throw new InvalidOperationException($"`echo started` in {image} exited {outcome.ExitCode} ({outcome.StderrHead})");
        }

        return Stopwatch.GetElapsedTime(requested, firstLine).TotalMilliseconds;
    }

    /// <summary>
    /// A container created and started before the clock runs, its shell blocked on a line of stdin:
    /// timed from copying files in (an empty archive) through attach and the go line to the first output.
    /// </summary>
    private static async Task<double> PreStartedAsync(IDockerClient docker, SandboxOptions options, string image, CancellationToken cancellationToken)
    {
        var parameters = DockerSandbox.CreateParameters(
            new SandboxRun
            {
                Image = options.ImageFor(image),
                Command = ["sh", "-c", "read -r _; echo started"],
                Files = new Dictionary<string, byte[]>(),
                Stdin = [],
                MemoryMb = 256,
            },
            options);
        var id = (await docker.Containers.CreateContainerAsync(parameters, cancellationToken)).ID;
        try
        {
            await docker.Containers.StartContainerAsync(id, new Docker.DotNet.Models.ContainerStartParameters(), cancellationToken);
            await Task.Delay(100, cancellationToken); // the shell reaches its read
            var requested = Stopwatch.GetTimestamp();
            using (var empty = new MemoryStream(new byte[1024]))
            {
                await docker.Containers.ExtractArchiveToContainerAsync(id, new Docker.DotNet.Models.CopyToContainerParameters { Path = "/sandbox" }, empty, cancellationToken);
            }

            using var stream = await docker.Containers.AttachContainerAsync(
                id, new Docker.DotNet.Models.ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true }, cancellationToken);
            await stream.WriteAsync("\n"u8.ToArray(), 0, 1, cancellationToken);
            var buffer = new byte[256];
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken);
            if (read.EOF || read.Target != MultiplexedStream.TargetStream.StandardOut)
            {
                throw new InvalidOperationException($"the started container of {image} printed nothing on stdout");
            }

            return Stopwatch.GetElapsedTime(requested).TotalMilliseconds;
        }
        finally
        {
            await docker.Containers.RemoveContainerAsync(id, new Docker.DotNet.Models.ContainerRemoveParameters { Force = true, RemoveVolumes = true }, CancellationToken.None);
        }
    }

    private static async Task<double> WholeRunAsync(Mode mode, SandboxProgram program, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var run = await mode.Runner.RunAsync(program, [new JsonArray(new JsonArray(1, 2, 3))], 256, _ => TimeSpan.FromSeconds(10), cancellationToken);
        if (run.Results.Count != 1)
        {
            throw new InvalidOperationException($"the skeleton of {program.ImageName} gave {run.Results.Count} results (exit {run.Outcome.ExitCode}: {run.Outcome.StderrHead})");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static string Format(List<(string Name, List<double> Off, List<double> On)> rows, List<(string Name, List<double> Samples)> started, int runs, int perSpec, WarmContainerPool pool)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"# bench-start {DateTime.UtcNow:u}, {Environment.ProcessorCount} cores, {Environment.MachineName}, {runs} runs per mode, pool {perSpec} per spec");
        text.AppendLine("# off = no pool: create per run (the baseline); on = warm pool of created, never-started containers");
        text.AppendLine(inv, $"{"what",-56} {"off p50",8} {"off p95",8} {"on p50",8} {"on p95",8} {"saved p50",9} {"on/off",7}");
        foreach (var (name, off, on) in rows)
        {
            double P(List<double> s, int p) => BenchCommand.Percentile(s, p);
            text.AppendLine(inv, $"{name,-56} {P(off, 50),8:0.0} {P(off, 95),8:0.0} {P(on, 50),8:0.0} {P(on, 95),8:0.0} {P(off, 50) - P(on, 50),9:0.0} {P(on, 50) / P(off, 50),7:0.00}");
        }

        text.AppendLine("# for comparison, not implemented: containers started before the run, blocked on a line of stdin (copy in, attach, go line, first output)");
        foreach (var (name, samples) in started)
        {
            text.AppendLine(inv, $"{name,-56} {BenchCommand.Percentile(samples, 50),8:0.0} {BenchCommand.Percentile(samples, 95),8:0.0}");
        }

        text.AppendLine(inv, $"pool on: {pool.Hits} runs took a pooled container, {pool.Misses} created their own (warm-up runs included)");
        return text.ToString();
    }

    /// <summary>A sandbox and harness runner with their own pool settings, beside the engine's.</summary>
    private sealed class Mode(SandboxOptions options, WarmContainerPool pool, DockerSandbox sandbox, HarnessRunner runner) : IAsyncDisposable
    {
        public SandboxOptions Options { get; } = options;

        public WarmContainerPool Pool { get; } = pool;

        public DockerSandbox Sandbox { get; } = sandbox;

        public HarnessRunner Runner { get; } = runner;

        public static Mode Create(IServiceProvider services, IDockerClient docker, int perSpec)
        {
            var options = new SandboxOptions();
            services.GetRequiredService<IConfiguration>().GetSection(SandboxOptions.SectionName).Bind(options);
            options.WarmPool.PerSpec = perSpec;
            var wrapped = Microsoft.Extensions.Options.Options.Create(options);
            var pool = new WarmContainerPool(docker, wrapped, services.GetRequiredService<ILogger<WarmContainerPool>>(), TimeProvider.System);
            var sandbox = new DockerSandbox(docker, wrapped, pool, services.GetRequiredService<ILogger<DockerSandbox>>());
            return new Mode(options, pool, sandbox, new HarnessRunner(sandbox, TimeProvider.System, wrapped));
        }

        public ValueTask DisposeAsync() => Pool.DisposeAsync();
    }
}
