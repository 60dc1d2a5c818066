using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Core.Telemetry;
using Judge.Problems.Model;
using Judge.Problems.Scripts;
using Judge.Worker.Judging;
using Judge.Worker.Languages;

namespace Judge.Worker.Complexity;

/// <summary>
/// Measures how a program's CPU time grows with input size (shared/complexity-probes.md): the
/// task's generator makes fresh inputs at geometric sizes, and the harness, in probe mode, times
/// solution(...) in one sandbox container: thread CPU time per call, small sizes batched to about
/// <see cref="SampleMs"/> on copies of distinct inputs, an empty call's cost subtracted. Sizes grow
/// until the next one would overrun the time budget. The task's reference is swept the same way, once
/// per spec version and language, so the ratio between the two shows the algorithmic difference.
/// </summary>
public sealed class ProbeRunner(HarnessRunner runner, Toolchains toolchains, ReferenceSweepCache cache)
{
    /// <summary>The smallest size; sizes double from here up to the task's largest performance size.</summary>
    public const int FirstSize = 16;

    /// <summary>Samples per size, each on its own inputs; the fit keeps the minimum (noise only ever adds time).</summary>
    public const int Rounds = 5;

    /// <summary>The reference is swept once per spec version, so it can afford more samples and a steadier minimum.</summary>
    public const int ReferenceRounds = 7;

    /// <summary>Target CPU time of one sample: calls are batched up to it (the recipe's ≥ 2 ms).</summary>
    public const double SampleMs = 2;

    /// <summary>A sample counts only if its per-call time is at least this many times the empty call's.</summary>
    public const double MinSignalOverBaseline = 2;

    /// <summary>Distinct inputs in a small size's sample (copies of them fill the batch).</summary>
    public const int DistinctInputs = 8;

    /// <summary>Wall time of a submission's sweeps after the container and runtime started (about 1–1.5 s more per sweep); the goal is ≤ 5 s added per submission.</summary>
    public static readonly TimeSpan SubmissionBudget = TimeSpan.FromSeconds(3);

    /// <summary>The reference's sweep runs once per spec version, so it may go to the largest size.</summary>
    public static readonly TimeSpan ReferenceBudget = TimeSpan.FromSeconds(8);

    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<ProbeSample>>>> _inputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<ProbePoint>>>> _reference = new(StringComparer.Ordinal);

    /// <summary>The sizes of a task's sweep: ×2 from <see cref="FirstSize"/>, then its largest performance size.</summary>
    public static IReadOnlyList<int> SizesFor(ProblemSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var largest = spec.Groups.Where(g => g.Kind == GroupKind.Performance && g.Generated is not null).Select(g => g.Generated!.N).DefaultIfEmpty(65_536).Max();
        var sizes = new List<int>();
        for (var n = FirstSize; n <= largest; n *= 2)
        {
            sizes.Add(n);
        }

        if (largest > sizes[^1] * 1.2)
        {
            sizes.Add(largest);
        }

        return sizes;
    }

    /// <summary>The program's points, ascending by size (per call, baseline subtracted); fewer sizes when the budget ran out.</summary>
    public Task<ProbeSweep> MeasureAsync(ProblemSpec spec, SandboxProgram program, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return MeasureAsync(spec, program, spec.Complexity.Generator, cancellationToken);
    }

    /// <summary>The same on another of the task's generators (an extra sweep's): inputs from <paramref name="generator"/>, the same sizes.</summary>
    public Task<ProbeSweep> MeasureAsync(ProblemSpec spec, SandboxProgram program, string generator, CancellationToken cancellationToken) =>
        MeasureAsync(spec, program, generator, SweepBudget(spec), Rounds, "submission", cancellationToken);

    /// <summary>A submission's share of <see cref="SubmissionBudget"/> per sweep: a task with extra sweeps splits it, so it costs about as much as one.</summary>
    public static TimeSpan SweepBudget(ProblemSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return SubmissionBudget / (1 + spec.Complexity.Sweeps.Count);
    }

    /// <summary>
    /// The reference's points on the same inputs, measured once per spec version and language: the
    /// task's reference in the submission's language where the spec ships one (solutions/reference.py,
    /// ...), so both run on the same runtime and suffer the same overheads; else the C# reference.
    /// </summary>
    public Task<IReadOnlyList<ProbePoint>> ReferenceForAsync(ProblemSpec spec, string language, CancellationToken cancellationToken) =>
        ReferenceAsync(spec, ReferenceFile(spec, language), cancellationToken);

    /// <summary>The points of one of the task's solutions (a path in its folder), measured once per spec version.</summary>
    public Task<IReadOnlyList<ProbePoint>> ReferenceAsync(ProblemSpec spec, string file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ReferenceAsync(spec, file, spec.Complexity.Generator, cancellationToken);
    }

    /// <summary>The same on another of the task's generators (an extra sweep's), measured once per spec version, generator and file.</summary>
    public Task<IReadOnlyList<ProbePoint>> ReferenceAsync(ProblemSpec spec, string file, string generator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var lazy = _reference.GetOrAdd(spec.SpecHash + "/" + generator + "/" + file, _ => new Lazy<Task<IReadOnlyList<ProbePoint>>>(() => cache.GetOrMeasureAsync(spec, generator + "/" + file, async () =>
        {
            var code = await File.ReadAllTextAsync(Path.Combine(spec.Directory, file), CancellationToken.None);
            var compiled = await toolchains.Get(DeclaredSolution.LanguageOf(file)).CompileForProbeAsync(code, CancellationToken.None);
            return compiled.Program is null ? [] : (await MeasureAsync(spec, compiled.Program, generator, ReferenceBudget, ReferenceRounds, "reference", CancellationToken.None)).Points;
        })));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The reference a submission in this language is compared with (a path in the task's folder).</summary>
    public static string ReferenceFile(ProblemSpec spec, string language)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Solutions.FirstOrDefault(s => s.Language == language && Path.GetFileNameWithoutExtension(s.File) == "reference" && s.Expect == "OK")?.File
            ?? spec.Reference.File;
    }

    /// <param name="of">"submission" or "reference": what the sweep's span says it measured.</param>
    private async Task<ProbeSweep> MeasureAsync(ProblemSpec spec, SandboxProgram program, string generator, TimeSpan budget, int rounds, string of, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(program);
        using var span = JudgeTelemetry.ActivitySource.StartActivity(JudgeTelemetry.Spans.ProbeSweep);
        span?.SetTag(JudgeTelemetry.Attributes.SweepOf, of);
        span?.SetTag(JudgeTelemetry.Attributes.SweepSize, generator);
        var samples = (await SamplesAsync(spec, generator, cancellationToken)).Where(s => s.Round < rounds).ToList();
        // The first sample is a warm-up (class loading, JIT): measured, then dropped.
        IReadOnlyList<ProbeSample> files = [samples[0], .. samples];
        var sweep = new Sweep(files, budget, rounds);
        var probing = program with
        {
            // Probe mode; .NET compiles fully optimised at once, so no tier change happens mid-sweep. Where
            // counting costs time (Python traces, V8 deoptimises), the harness counts only the last sample
            // of each size (every rounds-th), so the next sizes' first samples alone pay for it.
            Environment = [.. program.Environment, "HARNESS_PROBE_MS=" + SampleMs.ToString(System.Globalization.CultureInfo.InvariantCulture), "HARNESS_PROBE_OPS=" + rounds, "DOTNET_TieredCompilation=0"],
        };
        var run = await runner.RunFilesAsync(probing, [.. files.Select(f => f.File)], spec.Limits.MemoryMb, _ => sweep.Allowance, cancellationToken, keepGoing: sweep.Accept);
        var result = new ProbeSweep(sweep.Points(), sweep.Failure ?? (run.CompileError is { } error ? "the program did not start: " + error : null))
        {
            Notes = string.Join("; ", new[] { sweep.Stopped, sweep.BelowFloor() }.OfType<string>()) is { Length: > 0 } notes ? notes : null,
        };
        span?.SetTag(JudgeTelemetry.Attributes.Points, result.Points.Count);
        if (result.Failure is not null)
        {
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, result.Failure);
        }

        return result;
    }

    /// <summary>
    /// Generates a generator's probe inputs now (once per spec version and worker process, like the
    /// reference's sweep), so that a later sweep's wall time is the submission's own.
    /// </summary>
    public Task PrepareInputsAsync(ProblemSpec spec, string generator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return SamplesAsync(spec, generator, cancellationToken);
    }

    /// <summary>Reference rounds × sizes samples, smallest size first; seeds family, family + 1, … so every sample has inputs of its own.</summary>
    private Task<IReadOnlyList<ProbeSample>> SamplesAsync(ProblemSpec spec, string generator, CancellationToken cancellationToken) =>
        _inputs.GetOrAdd(spec.SpecHash + "/" + generator, _ => new Lazy<Task<IReadOnlyList<ProbeSample>>>(async () =>
        {
            var samples = new List<ProbeSample>();
            foreach (var n in SizesFor(spec))
            {
                var distinct = Math.Clamp(4096 / n, 1, DistinctInputs);
                for (var round = 0; round < ReferenceRounds; round++)
                {
                    var seeds = Enumerable.Range(spec.Complexity.Family + (round * distinct), distinct).ToList();
                    var group = new TestGroup($"probe-{n}", GroupKind.Performance, [], new GeneratorSpec(generator, n, seeds));
                    var lines = new StringBuilder();
                    foreach (var c in await GeneratorRunner.GenerateAsync(spec, group, CancellationToken.None))
                    {
                        lines.Append(c.Args.ToJsonString()).Append('\n');
                    }

                    samples.Add(new ProbeSample(n, round, Encoding.UTF8.GetBytes(lines.ToString())));
                }
            }

            return samples;
        })).Value.WaitAsync(cancellationToken);

    private sealed record ProbeSample(int N, int Round, byte[] File);

    /// <summary>
    /// Reads a sweep's samples as they arrive and stops it: at a failed call, or when the next size
    /// (its rounds at the growth seen so far) would not fit in what is left of the budget.
    /// </summary>
    private sealed class Sweep(IReadOnlyList<ProbeSample> files, TimeSpan budget, int rounds)
    {
        private readonly List<(int N, TestRecord Record)> _samples = [];
        // The budget counts from the warm-up's end: reading inputs, parsing, calls. The container's and
        // runtime's start before it is a fixed cost of every run (about 1–1.5 s), not the sweep's to ration.
        private readonly Stopwatch _clock = new();
        private readonly List<double> _wallAt = [];
        private double _spentMs;

        /// <summary>Why the sweep ended early, when a call failed.</summary>
        public string? Failure { get; private set; }

        /// <summary>One sample may take what is left of the budget, and a second for scheduling noise.</summary>
        public TimeSpan Allowance => TimeSpan.FromMilliseconds(Math.Max(0, budget.TotalMilliseconds - _spentMs) + 1000);

        public bool Accept(TestRecord record)
        {
            var n = files[_samples.Count].N;
            _samples.Add((n, record));
            if (!_clock.IsRunning)
            {
                _clock.Start();
            }

            _spentMs = _clock.Elapsed.TotalMilliseconds;
            _wallAt.Add(_spentMs);
            if (!record.Ok)
            {
                Failure = $"the program failed on a probe input of size {n}: {record.Error ?? record.FailureKind}";
                return false;
            }

            var next = _samples.Count < files.Count ? files[_samples.Count].N : 0;
            if (next == n || next == 0)
            {
                return next != 0;
            }

            // A size is complete: project the next one from the growth between the last two sizes, and
            // from what a sample of this size cost in wall time (batching and parsing included).
            var sizes = ComplexityFitter.MinimumPerSize(Points());
            if (sizes.Count == 0)
            {
                return true;
            }

            var last = sizes[^1];
            var growth = (double)next / last.N;
            if (sizes.Count >= 2 && sizes[^2].CpuMs > 0)
            {
                growth = Math.Max(growth, last.CpuMs / sizes[^2].CpuMs);
            }

            // What one sample of this size took on the worker's clock: reading its file, parsing, calls.
            // (Not the warm-up at index 0: it also carries the container's and runtime's start.)
            var firstOfSize = Math.Max(1, _samples.FindIndex(1, s => s.N == n));
            var lastWallMs = (_wallAt[^1] - _wallAt[firstOfSize - 1]) / Math.Max(1, _samples.Count - firstOfSize);
            var projectedMs = rounds * Math.Max(lastWallMs, last.CpuMs * growth);
            if (_spentMs + projectedMs <= budget.TotalMilliseconds)
            {
                return true;
            }

            Stopped = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the sweep reached only n = {n} within its {budget.TotalSeconds:0.#} s budget (n = {next} would take about {projectedMs / 1000:0.0} s more)");
            return false;
        }

        /// <summary>Why the sweep stopped before the largest size, when the budget stopped it.</summary>
        public string? Stopped { get; private set; }

        /// <summary>Sizes left out for being too close to the empty call's cost, in words; null when none was.</summary>
        public string? BelowFloor()
        {
            var low = _samples.Skip(1).Where(s => s.Record.Ok).GroupBy(s => s.N)
                .Where(g => g.Count() == rounds && g.Min(s => s.Record.CpuMs) < MinSignalOverBaseline * g.Max(s => s.Record.BaselineMs))
                .Select(g => g.Key).ToList();
            return low.Count == 0 ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"sizes n = {low.Min()}…{low.Max()} were left out, their calls too close to an empty call's cost");
        }

        /// <summary>
        /// Samples of complete sizes after the warm-up, ascending by size. A size whose fastest sample
        /// is not clearly above the empty call's cost keeps only its operation counts (its CPU time is
        /// given as 0, which the times' fit drops): there the difference of two similar times is mostly
        /// noise, and the sizes above it carry the growth, but a count is exact at any size.
        /// </summary>
        public IReadOnlyList<ProbePoint> Points() =>
            [.. _samples.Skip(1)
                .Where(s => s.Record.Ok)
                .GroupBy(s => s.N)
                .Where(g => g.Count() == rounds)
                .SelectMany(g =>
                {
                    var timed = g.Min(s => s.Record.CpuMs) >= MinSignalOverBaseline * g.Max(s => s.Record.BaselineMs);
                    return g.Where(s => timed || s.Record.Ops is not null)
                        .Select(s => new ProbePoint(s.N, timed ? s.Record.CpuMs : 0) { Ops = s.Record.Ops, OpsComplete = s.Record.OpsComplete });
                })];
    }
}

/// <summary>A program's sweep: its points (size, CPU ms per call), and why it stopped early if a call failed.</summary>
public sealed record ProbeSweep(IReadOnlyList<ProbePoint> Points, string? Failure)
{
    /// <summary>How the sweep was limited (the budget stopped it, small sizes left out), in words; null when it was not.</summary>
    public string? Notes { get; init; }
}
