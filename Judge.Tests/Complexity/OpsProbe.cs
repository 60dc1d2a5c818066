using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Judge.Worker.Complexity;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Complexity;

/// <summary>
/// Runs a solution in the real sandbox in probe mode, as the probe does (CompileForProbeAsync,
/// HARNESS_PROBE_MS and, unless told otherwise, HARNESS_PROBE_OPS), one probe sample per input.
/// </summary>
public sealed class OpsProbe(ServiceProvider engine, string language)
{
    /// <summary>An array of n distinct pseudo-random ints (fixed seed per n), as the only argument.</summary>
    public static JsonArray RandomArray(int n, int seed = 1)
    {
        var random = new Random(seed * 1_000_003 + n);
        var array = new JsonArray();
        for (var i = 0; i < n; i++)
        {
            array.Add(random.Next(1_000_000));
        }
        return [array];
    }

    /// <summary>One probe sample per input (its only line), in order.</summary>
    /// <param name="period">HARNESS_PROBE_OPS's value: count every period-th sample (the probe passes its rounds per size).</param>
    public Task<IReadOnlyList<TestRecord>> SamplesAsync(string code, IReadOnlyList<JsonArray> inputs, bool countOps = true, int period = 1) =>
        SamplesAsync(code, inputs, lines: false, countOps, period);

    private async Task<IReadOnlyList<TestRecord>> SamplesAsync(string code, IReadOnlyList<JsonArray> inputs, bool lines, bool countOps = true, int period = 1)
    {
        var compiled = await engine.GetRequiredService<Toolchains>().Get(language).CompileForProbeAsync(code, CancellationToken.None);
        Assert.That(compiled.Program, Is.Not.Null, compiled.Output);
        var sampleMs = "HARNESS_PROBE_MS=" + ProbeRunner.SampleMs.ToString(CultureInfo.InvariantCulture);
        var program = compiled.Program! with
        {
            Environment = countOps ? [.. compiled.Program!.Environment, sampleMs, "HARNESS_PROBE_OPS=" + period.ToString(CultureInfo.InvariantCulture)] : [.. compiled.Program!.Environment, sampleMs],
        };
        byte[][] files = lines
            ? [Encoding.UTF8.GetBytes(string.Concat(inputs.Select(i => i.ToJsonString() + "\n")))]
            : [.. inputs.Select(i => Encoding.UTF8.GetBytes(i.ToJsonString() + "\n"))];
        var run = await engine.GetRequiredService<HarnessRunner>().RunFilesAsync(
            program, files, 512, _ => TimeSpan.FromSeconds(30), CancellationToken.None);
        Assert.That(run.CompileError, Is.Null);
        Assert.That(run.Results, Has.Count.EqualTo(files.Length), () => $"stopped at {run.StoppedAt}: {run.Outcome}");
        Assert.That(run.Results.Where(r => !r.Ok).Select(r => r.Error), Is.Empty);
        return run.Results;
    }

    /// <summary>One probe sample whose file holds all <paramref name="inputs"/> (one per line), as a small size's sample does.</summary>
    public async Task<TestRecord> SampleOfAsync(string code, IReadOnlyList<JsonArray> inputs) =>
        (await SamplesAsync(code, [.. inputs], lines: true)).Single();

    /// <summary>ops(2n)/ops(n) for consecutive samples of doubling sizes; fails when a sample has no count.</summary>
    public static double[] Ratios(IReadOnlyList<TestRecord> samples)
    {
        Assert.That(samples.Select(s => s.Ops), Has.All.Not.Null, "every sample counted");
        return [.. samples.Zip(samples.Skip(1), (a, b) => b.Ops!.Value / a.Ops!.Value)];
    }

    /// <summary>2·(k+1)/k: what n log n grows by from n = 2^k to 2^(k+1).</summary>
    public static double NLogNRatio(int n) => 2.0 * (Math.Log2(n) + 1) / Math.Log2(n);
}
