using System.Collections.Concurrent;
using System.Text.Json;
using Judge.Problems.Model;
using Judge.Problems.Scripts;
using Judge.Worker.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

/// <summary>
/// Builds the test plan of a spec version: examples, literal groups and generated groups. The C#
/// reference runs once on every case in the sandbox: it gives generated cases their expected
/// outputs, proves literal expected values right, and its measured CPU time sets each test's
/// limit. The plan is cached on disk (and in memory) by spec hash, so a changed spec is never
/// judged against stale outputs, and a re-judge of the same version is reproducible.
/// </summary>
public sealed class TestPlanner(CSharpToolchain csharp, HarnessRunner runner, IOptions<JudgingOptions> options, ILogger<TestPlanner> logger)
{
    /// <summary>The reference defines the answers; it gets a generous wall clock of its own.</summary>
    private static readonly TimeSpan ReferenceWallPerTest = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Lazy<Task<TestPlan>>> _plans = new(StringComparer.Ordinal);

    public Task<TestPlan> PlanAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var lazy = _plans.GetOrAdd(spec.SpecHash, _ => new Lazy<Task<TestPlan>>(() => LoadOrBuildAsync(spec)));
        var task = lazy.Value;
        if (task.IsFaulted)
        {
            // A failed build (Docker down, say) must not be cached for ever.
            _plans.TryRemove(new KeyValuePair<string, Lazy<Task<TestPlan>>>(spec.SpecHash, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TestPlan> LoadOrBuildAsync(ProblemSpec spec)
    {
        var path = Path.Combine(options.Value.CacheDirectory, $"{spec.Id}-{spec.SpecHash}.json");
        if (File.Exists(path))
        {
            try
            {
                await using var stream = File.OpenRead(path);
                if (await JsonSerializer.DeserializeAsync<TestPlan>(stream) is { } cached)
                {
                    return cached;
                }
            }
            catch (JsonException e)
            {
                logger.LogWarning(e, "Ignoring unreadable test-plan cache {Path}", path);
            }
        }

        var plan = await BuildAsync(spec, CancellationToken.None);
        Directory.CreateDirectory(options.Value.CacheDirectory);
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(plan));
        // Atomic on one file system: concurrent workers write identical content, the last rename wins.
        File.Move(temp, path, overwrite: true);
        return plan;
    }

    private async Task<TestPlan> BuildAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        CheckerRunner.EnsureCompiles(spec);
        var groups = new List<(string Name, string Kind, IReadOnlyList<TestCase> Cases)>
        {
            ("examples", PlannedGroup.ExampleKind, spec.Examples),
        };
        foreach (var group in spec.Groups)
        {
            groups.Add((group.Name, group.Kind.ToWire(), await GeneratorRunner.GenerateAsync(spec, group, cancellationToken)));
        }

        var all = groups.SelectMany(g => g.Cases).ToList();
        var referenceCode = await File.ReadAllTextAsync(Path.Combine(spec.Directory, spec.Reference.File), cancellationToken);
        var compiled = await csharp.CompileAsync(referenceCode, cancellationToken);
        if (compiled.Program is null)
        {
            throw new SpecPlanException(spec, $"the reference {spec.Reference.File} does not compile: {compiled.Output}");
        }

        // Groups in fresh processes, as candidates' run: the reference's times are measured the same way.
        var groupStarts = groups.Select((_, gi) => groups.Take(gi).Sum(g => g.Cases.Count)).ToList();
        var run = await runner.RunAsync(compiled.Program, [.. all.Select(c => c.Args)], spec.Limits.MemoryMb, _ => ReferenceWallPerTest, cancellationToken, groupStarts);
        if (run.StoppedAt is { } stopped)
        {
            throw new SpecPlanException(spec, $"the reference stopped on case '{all[stopped].Name}' (exit code {run.Outcome.ExitCode}, timed out: {run.Outcome.TimedOut}, out of memory: {run.Outcome.OomKilled})");
        }

        var planned = new List<PlannedGroup>();
        var index = 0;
        foreach (var (name, kind, cases) in groups)
        {
            var list = new List<PlannedCase>();
            foreach (var c in cases)
            {
                var result = run.Results[index++];
                if (!result.Ok || !spec.Signature.Returns.Accepts(result.Value))
                {
                    throw new SpecPlanException(spec, $"the reference fails on case '{c.Name}': {result.Error ?? $"returned {OutputComparer.Show(result.Value)}, not a {spec.Signature.Returns}"}");
                }

                // A literal expected value must agree with the reference (exactly, or by the checker).
                if (c.Expected is not null && !await AgreesAsync(spec, c, result.Value!, cancellationToken))
                {
                    throw new SpecPlanException(spec, $"case '{c.Name}' in {name} expects {OutputComparer.Show(c.Expected)} but the reference returns {OutputComparer.Show(result.Value)}");
                }

                list.Add(new PlannedCase(c.Name, c.Args, c.Expected ?? result.Value!, Math.Round(result.CpuMs, 3), Math.Round(spec.Limits.CpuLimitMs(result.CpuMs), 1)));
            }

            planned.Add(new PlannedGroup(name, kind, list));
        }

        logger.LogInformation("Planned {Count} tests for {Problem} ({Hash}) in {Seconds:0.0} s",
            all.Count, spec.Id, spec.SpecHash[..12], TimeProvider.System.GetElapsedTime(started).TotalSeconds);
        return new TestPlan(planned);
    }

    private static async Task<bool> AgreesAsync(ProblemSpec spec, TestCase c, System.Text.Json.Nodes.JsonNode reference, CancellationToken cancellationToken) =>
        spec.Checker is null
            ? OutputComparer.AreEqual(c.Expected, reference, spec.Signature.Returns)
            : await CheckerRunner.AcceptsAsync(spec, c.Args, c.Expected!, reference, cancellationToken);
}

/// <summary>A spec that loads but cannot be judged: its reference disagrees with it, fails, or does not compile.</summary>
public sealed class SpecPlanException : Exception
{
    public SpecPlanException(ProblemSpec spec, string problem)
        : base($"{spec?.Id}/problem.yaml: {problem}")
    {
    }

    public SpecPlanException()
    {
    }

    public SpecPlanException(string message)
        : base(message)
    {
    }

    public SpecPlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
