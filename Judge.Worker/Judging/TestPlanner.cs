using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Judge.Problems.Model;
using Judge.Problems.Scripts;
using Judge.Worker.Languages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Judging;

/// <summary>
/// Builds the test plan of a spec version: examples, literal groups, and generated groups whose
/// expected outputs come from the C# reference run in the sandbox. Generated inputs and expected
/// outputs are computed once per spec hash and cached on disk (and in memory); a changed spec
/// has a new hash, so it can never be judged against stale outputs.
/// </summary>
public sealed class TestPlanner(CSharpToolchain csharp, HarnessRunner runner, IOptions<JudgingOptions> options, ILogger<TestPlanner> logger)
{
    /// <summary>The reference gets this many times the task's limit: it defines the answers and must not time out.</summary>
    private const int ReferenceTimeFactor = 10;

    private readonly ConcurrentDictionary<string, Lazy<Task<TestPlan>>> _plans = new(StringComparer.Ordinal);

    public Task<TestPlan> PlanAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var lazy = _plans.GetOrAdd(spec.SpecHash, _ => new Lazy<Task<TestPlan>>(() => BuildAsync(spec, CancellationToken.None)));
        var task = lazy.Value;
        if (task.IsFaulted)
        {
            // A failed build (Docker down, say) must not be cached for ever.
            _plans.TryRemove(new KeyValuePair<string, Lazy<Task<TestPlan>>>(spec.SpecHash, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TestPlan> BuildAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        var generated = await LoadOrGenerateAsync(spec, cancellationToken);
        var groups = new List<PlannedGroup>
        {
            new("examples", PlannedGroup.ExampleKind, [.. spec.Examples.Select(c => new PlannedCase(c.Name, c.Args, c.Expected!))]),
        };
        foreach (var group in spec.Groups)
        {
            var cases = group.Generated is null
                ? [.. group.Cases.Select(c => new PlannedCase(c.Name, c.Args, c.Expected!))]
                : generated[group.Name];
            groups.Add(new PlannedGroup(group.Name, group.Kind.ToWire(), cases));
        }

        return new TestPlan(groups);
    }

    private async Task<Dictionary<string, List<PlannedCase>>> LoadOrGenerateAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        if (!spec.Groups.Any(g => g.Generated is not null))
        {
            return [];
        }

        var path = Path.Combine(options.Value.CacheDirectory, $"{spec.Id}-{spec.SpecHash}.json");
        if (File.Exists(path))
        {
            try
            {
                await using var stream = File.OpenRead(path);
                var cached = await JsonSerializer.DeserializeAsync<Dictionary<string, List<PlannedCase>>>(stream, cancellationToken: cancellationToken);
                if (cached is not null)
                {
                    return cached;
                }
            }
            catch (JsonException e)
            {
                logger.LogWarning(e, "Ignoring unreadable expected-output cache {Path}", path);
            }
        }

        var result = await GenerateAsync(spec, cancellationToken);
        Directory.CreateDirectory(options.Value.CacheDirectory);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(result), cancellationToken);
        // Atomic on one file system: concurrent workers write identical content, the last rename wins.
        File.Move(temp, path, overwrite: true);
        return result;
    }

    private async Task<Dictionary<string, List<PlannedCase>>> GenerateAsync(ProblemSpec spec, CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        var inputs = new List<(string Group, TestCase Case)>();
        foreach (var group in spec.Groups.Where(g => g.Generated is not null))
        {
            foreach (var c in await GeneratorRunner.GenerateAsync(spec, group, cancellationToken))
            {
                inputs.Add((group.Name, c));
            }
        }

        var referenceCode = await File.ReadAllTextAsync(Path.Combine(spec.Directory, spec.Reference.File), cancellationToken);
        var compiled = await csharp.CompileAsync(referenceCode, cancellationToken);
        if (compiled.Program is null)
        {
            throw new InvalidOperationException($"{spec.Id}: the reference {spec.Reference.File} does not compile: {compiled.Output}");
        }

        var run = await runner.RunAsync(
            compiled.Program,
            [.. inputs.Select(i => i.Case.Args)],
            spec.Limits.MemoryMb,
            TimeSpan.FromMilliseconds(spec.Limits.TimeMs * ReferenceTimeFactor),
            cancellationToken);
        if (run.StoppedAt is not null || run.Results.Any(r => !r.Ok))
        {
            var failed = run.Results.FirstOrDefault(r => !r.Ok);
            throw new InvalidOperationException(
                $"{spec.Id}: the reference failed on generated input {run.StoppedAt ?? run.Results.ToList().IndexOf(failed!)}: {failed?.Error ?? $"exit code {run.Outcome.ExitCode}, timed out: {run.Outcome.TimedOut}, OOM: {run.Outcome.OomKilled}"}");
        }

        var result = new Dictionary<string, List<PlannedCase>>(StringComparer.Ordinal);
        for (var i = 0; i < inputs.Count; i++)
        {
            var (group, c) = inputs[i];
            if (!spec.Signature.Returns.Accepts(run.Results[i].Value))
            {
                throw new InvalidOperationException($"{spec.Id}: the reference returned {OutputComparer.Show(run.Results[i].Value)} for {c.Name}, not a {spec.Signature.Returns}");
            }

            (result.TryGetValue(group, out var list) ? list : result[group] = []).Add(new PlannedCase(c.Name, c.Args, run.Results[i].Value!));
        }

        logger.LogInformation("Generated {Count} inputs and expected outputs for {Problem} ({Hash}) in {Seconds:0.0} s",
            inputs.Count, spec.Id, spec.SpecHash[..12], TimeProvider.System.GetElapsedTime(started).TotalSeconds);
        return result;
    }
}
