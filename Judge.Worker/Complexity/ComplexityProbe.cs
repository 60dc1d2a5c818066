using Judge.Problems.Model;
using Judge.Worker.Languages;

namespace Judge.Worker.Complexity;

/// <summary>
/// Detects a program's time complexity: its probe points against the reference's, fitted outside
/// the sandbox. Never claims a class it is not sure of: "undetermined" names the candidates.
/// </summary>
public sealed class ComplexityProbe(ProbeRunner runner)
{
    /// <param name="referenceFile">The solution to compare with; by default the task's reference in the submission's language.</param>
    public async Task<ComplexityReport> ProbeAsync(ProblemSpec spec, string language, SandboxProgram program, CancellationToken cancellationToken, string? referenceFile = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        referenceFile ??= ProbeRunner.ReferenceFile(spec, language);
        var reference = await runner.ReferenceAsync(spec, referenceFile, cancellationToken);
        var sweep = await runner.MeasureAsync(spec, program, cancellationToken);
        var fit = ComplexityFitter.FitAgainstReference(sweep.Points, reference, spec.Complexity.Expected);

        // A task with a second size parameter gets one more sweep per extra generator; the sweeps share
        // ProbeRunner.SubmissionBudget (ProbeRunner.SweepBudget), though each starts a container of its own.
        var sweeps = new List<SweepReport>();
        foreach (var extra in spec.Complexity.Sweeps)
        {
            var extraReference = await runner.ReferenceAsync(spec, referenceFile, extra.Generator, cancellationToken);
            var extraSweep = await runner.MeasureAsync(spec, program, extra.Generator, cancellationToken);
            var extraFit = ComplexityFitter.FitAgainstReference(extraSweep.Points, extraReference, extra.Expected);
            sweeps.Add(new SweepReport(extra.Size, extra.Expected, extraFit.Detected, extraFit.Confident, extraFit.Alternatives, Summarise(extraSweep.Points), Summarise(extraReference))
            {
                Failure = extraSweep.Failure,
                Rule = extraFit.Rule,
                Reason = Explain(extraFit, extraSweep),
            });
        }

        return new ComplexityReport(spec.Complexity.Expected, fit.Detected, fit.Confident, fit.Alternatives, Summarise(sweep.Points), Summarise(reference))
        {
            Reference = referenceFile,
            Failure = sweep.Failure,
            Rule = fit.Rule,
            Reason = Explain(fit, sweep),
            Sweeps = sweeps.Count == 0 ? null : sweeps,
            Counts = fit.Counts,
        };
    }

    /// <summary>Why the answer is undetermined or tentative: the fit's rule and, if it was limited, how the sweep was.</summary>
    private static string? Explain(FitResult fit, ProbeSweep sweep) =>
        fit.Reason is null ? null : sweep.Notes is null ? fit.Reason : fit.Reason + "; " + sweep.Notes;

    /// <summary>The minimum per size: what the fit used, and what a plot shows.</summary>
    private static IReadOnlyList<ProbePoint> Summarise(IReadOnlyList<ProbePoint> points) =>
        [.. ComplexityFitter.MinimumPerSize(points).Select(p => p with { CpuMs = double.Parse(p.CpuMs.ToString("G4", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture) })];
}

/// <summary>
/// The CLI's "complexity" object: the class the task expects, the detected one (null when
/// undetermined), whether the fit was confident, the classes it could not tell apart, and the
/// measured points (minimum CPU ms per size) of the submission and the reference.
/// </summary>
public sealed record ComplexityReport(
    string Expected,
    string? Detected,
    bool Confident,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<ProbePoint> Points,
    IReadOnlyList<ProbePoint> ReferencePoints)
{
    /// <summary>The task's solution the submission was compared with (reference.&lt;ext&gt; of its language, or the C# one).</summary>
    public string Reference { get; init; } = "";

    /// <summary>The fitter's rule behind an undetermined or tentative answer (<see cref="FitRules"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Rule { get; init; }

    /// <summary>Why the answer is undetermined or tentative, in words ("… the sweep reached only n = 2048 within its 3 s budget").</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>Set when a call failed on a probe input: the sweep stopped there (the points before it still count).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Failure { get; init; }

    /// <summary>
    /// The task's extra sweeps (one size parameter grown, the others fixed), in spec order; null, and
    /// left out of the JSON, for a task that declares none.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<SweepReport>? Sweeps { get; init; }

    /// <summary>What the operation counts alone said (the bench shows it); not part of the JSON: the points carry the counts.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CountFit? Counts { get; init; }
}

/// <summary>
/// One extra sweep's result, shaped like the main one: the size parameter it grew, the class the
/// task expects in it, the detected one (null when undetermined) and both programs' points.
/// </summary>
public sealed record SweepReport(
    string Size,
    string Expected,
    string? Detected,
    bool Confident,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<ProbePoint> Points,
    IReadOnlyList<ProbePoint> ReferencePoints)
{
    /// <summary>The fitter's rule behind an undetermined or tentative answer (<see cref="FitRules"/>).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Rule { get; init; }

    /// <summary>Why the answer is undetermined or tentative, in words.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; init; }

    /// <summary>Set when a call failed on one of this sweep's inputs (the points before it still count).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Failure { get; init; }
}
