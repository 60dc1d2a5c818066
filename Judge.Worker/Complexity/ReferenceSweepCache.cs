using System.Text.Json;
using Judge.Problems.Model;
using Judge.Worker.Judging;
using Microsoft.Extensions.Options;

namespace Judge.Worker.Complexity;

/// <summary>
/// Keeps a reference's sweep on disk (beside the test plans), so a worker restart, or the next CLI
/// run on this machine, does not sweep it again. Keyed by spec hash, reference file and the worker's
/// build: a changed harness or probe measures afresh.
/// </summary>
public sealed class ReferenceSweepCache(IOptions<JudgingOptions> options)
{
    private static readonly string Build = typeof(ReferenceSweepCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public async Task<IReadOnlyList<ProbePoint>> GetOrMeasureAsync(ProblemSpec spec, string file, Func<Task<IReadOnlyList<ProbePoint>>> measure)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(measure);
        var name = $"probe-{spec.Id}-{spec.SpecHash[..16]}-{file.Replace('/', '_')}-{Build}.json";
        var path = Path.Combine(options.Value.CacheDirectory, name);
        if (File.Exists(path))
        {
            try
            {
                if (JsonSerializer.Deserialize<List<ProbePoint>>(await File.ReadAllTextAsync(path)) is { Count: > 0 } cached)
                {
                    return cached;
                }
            }
            catch (JsonException)
            {
                // Unreadable: measure again and overwrite it.
            }
        }

        var points = await measure();
        if (points.Count > 0)
        {
            Directory.CreateDirectory(options.Value.CacheDirectory);
            var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(points));
            File.Move(temp, path, overwrite: true); // atomic; concurrent workers write equivalent sweeps
        }

        return points;
    }
}
