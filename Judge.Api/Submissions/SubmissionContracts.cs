using FluentValidation;
using Judge.Core.Judging;

namespace Judge.Api.Submissions;

/// <summary>The body of POST /api/submissions.</summary>
public sealed record CreateSubmissionRequest(string? ProblemId, string? Language, string? Code);

/// <summary>Checks a submission request before anything is stored; every message names its field.</summary>
public sealed class CreateSubmissionRequestValidator : AbstractValidator<CreateSubmissionRequest>
{
    /// <summary>See <see cref="SubmissionLimits.MaxCodeBytes"/>.</summary>
    public const int MaxCodeBytes = SubmissionLimits.MaxCodeBytes;

    public CreateSubmissionRequestValidator()
    {
        RuleFor(r => r.ProblemId).NotEmpty().WithMessage("problemId is required (a task id such as max-subarray)").OverridePropertyName("problemId");
        RuleFor(r => r.Language)
            .NotEmpty().WithMessage($"language is required; one of {string.Join(", ", LanguageNames.Judged)}")
            .Must(l => l is null || LanguageNames.Judged.Contains(l))
            .WithMessage(r => LanguageNames.All.Contains(r.Language!)
                ? $"language '{r.Language}' is not available yet; available: {string.Join(", ", LanguageNames.Judged)}"
                : $"language '{r.Language}' is unknown; available: {string.Join(", ", LanguageNames.Judged)}")
            .OverridePropertyName("language");
        RuleFor(r => r.Code).NotEmpty().WithMessage("code is required").OverridePropertyName("code");
    }
}

/// <summary>The answer to POST: where to poll for the verdict.</summary>
public sealed record SubmissionAccepted(Guid Id, string State);

/// <summary>A submission with its results, as GET /api/submissions/{id} returns it.</summary>
public sealed record SubmissionView(
    Guid Id,
    string ProblemId,
    string SpecHash,
    string Language,
    string State,
    string? Verdict,
    ScoreView? Score,
    CompileView? Compile,
    IReadOnlyList<GroupView> Groups,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    ComplexityView? Complexity);

public sealed record ScoreView(double Correctness, double Performance, double Total);

public sealed record CompileView(bool Ok, string Output);

public sealed record GroupView(string Name, string Kind, string Verdict, IReadOnlyList<TestView> Tests);

public sealed record TestView(string Name, string Verdict, double CpuMs, double WallMs, long MemoryKb, string? Message);

/// <summary>
/// A submission's measured time complexity (null until the probe, which runs after the verdict, has
/// stored it). <c>Detected</c> is null when undetermined; <c>Alternatives</c> then names the classes the
/// measurements cannot tell apart. <c>Summary</c> says it all in one sentence for people; <c>Reason</c> why it is not a confident class.
/// </summary>
public sealed record ComplexityView(
    string State,
    string Expected,
    string? Detected,
    bool Confident,
    IReadOnlyList<string> Alternatives,
    string Summary,
    IReadOnlyList<ComplexityPoint> Points,
    IReadOnlyList<ComplexityPoint> ReferencePoints,
    string Reference,
    string? Message,
    string PlotUrl)
{
    /// <summary>Why the answer is undetermined or tentative, in words ("… the sweep reached only n = 2048 within its 3 s budget"); null when confident.</summary>
    public string? Reason { get; init; }
}

/// <summary>One measured size: the minimum CPU milliseconds per call on inputs of size N.</summary>
public sealed record ComplexityPoint(long N, double CpuMs);
