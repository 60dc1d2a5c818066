using System.Text;
using System.Text.Json.Nodes;
using FluentValidation;
using Judge.Api.Problems;
using Judge.Api.Submissions;
using Judge.Core.Judging;

namespace Judge.Api.Candidates;

/// <summary>The body of PUT .../tasks/{ordinal}/draft (autosave).</summary>
public sealed record SaveDraftRequest(string? Language, string? Code);

/// <summary>The body of POST .../tasks/{ordinal}/runs: no input runs the examples; an argument list runs that input.</summary>
public sealed record RunRequest(string? Language, string? Code, JsonNode? Input);

/// <summary>The body of POST .../tasks/{ordinal}/submit: the final code of that task.</summary>
public sealed record SubmitTaskRequest(string? Language, string? Code);

/// <summary>Rules every candidate body shares: a judged language and code within the size limit.</summary>
internal static class CodeRules
{
    public static void Apply<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, string?>> language, System.Linq.Expressions.Expression<Func<T, string?>> code, bool codeRequired)
    {
        v.RuleFor(language)
            .NotEmpty().WithMessage($"language is required; one of {string.Join(", ", LanguageNames.Judged)}")
            .Must(l => l is null || LanguageNames.Judged.Contains(l)).WithMessage(l => $"language is unknown; available: {string.Join(", ", LanguageNames.Judged)}")
            .OverridePropertyName("language");
        var rule = v.RuleFor(code);
        (codeRequired ? rule.NotEmpty().WithMessage("code is required") : rule.NotNull().WithMessage("code is required (an empty string is allowed)"))
            .Must(c => c is null || Encoding.UTF8.GetByteCount(c) <= SubmissionLimits.MaxCodeBytes)
            .WithMessage($"code is over the limit of {SubmissionLimits.MaxCodeBytes} bytes (64 KiB)")
            .OverridePropertyName("code");
    }
}

public sealed class SaveDraftRequestValidator : AbstractValidator<SaveDraftRequest>
{
    public SaveDraftRequestValidator() => CodeRules.Apply(this, r => r.Language, r => r.Code, codeRequired: false);
}

public sealed class SubmitTaskRequestValidator : AbstractValidator<SubmitTaskRequest>
{
    public SubmitTaskRequestValidator() => CodeRules.Apply(this, r => r.Language, r => r.Code, codeRequired: true);
}

public sealed class RunRequestValidator : AbstractValidator<RunRequest>
{
    /// <summary>A custom input is for trying a case by hand, not for load: 16 KiB of JSON.</summary>
    public const int MaxInputChars = 16 * 1024;

    public RunRequestValidator()
    {
        CodeRules.Apply(this, r => r.Language, r => r.Code, codeRequired: true);
        RuleFor(r => r.Input)
            .Must(i => i is null or JsonArray).WithMessage("input must be a JSON array holding one value per parameter of the signature")
            .Must(i => i is null || i.ToJsonString().Length <= MaxInputChars).WithMessage($"input is over the limit of {MaxInputChars} characters of JSON")
            .OverridePropertyName("input");
    }
}

/// <summary>What the candidate sees of their session; tasks' contents only once it has started.</summary>
public sealed record CandidateSessionView(
    string AssessmentTitle,
    string CandidateName,
    string State,
    int DurationMinutes,
    DateTimeOffset ServerTime,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? FinishedAt,
    double? RemainingSeconds,
    IReadOnlyList<string> Languages,
    IReadOnlyList<CandidateTaskView> Tasks);

/// <summary>A task of the session: the statement and examples (after start), the candidate's drafts, whether it was submitted.</summary>
public sealed record CandidateTaskView(int Ordinal, string Title, string Difficulty, ProblemDetail? Task, IReadOnlyList<DraftView> Drafts, SubmittedView? Submitted);

public sealed record DraftView(string Language, string Code, DateTimeOffset UpdatedAt);

public sealed record SubmittedView(DateTimeOffset SubmittedAt, bool Automatic);

public sealed record DraftSaved(int TaskOrdinal, string Language, DateTimeOffset SavedAt, bool SnapshotTaken);

public sealed record RunAccepted(Guid Id, string State, string Poll, string Events);

/// <summary>A practice run with its tests so far (all of them once State is Completed).</summary>
public sealed record RunView(
    Guid Id,
    int TaskOrdinal,
    string Kind,
    string Language,
    string State,
    string? Verdict,
    CompileView? Compile,
    JsonNode? Input,
    IReadOnlyList<RunTestView> Tests,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);

/// <summary>One test of a run: examples show "got X, expected Y"; a custom input shows the reference's answer as expected.</summary>
public sealed record RunTestView(int Ordinal, string Name, string Verdict, double CpuMs, double WallMs, string? Message, JsonNode? Args, JsonNode? Output, JsonNode? Expected);

public sealed record TaskSubmitted(int TaskOrdinal, string Language, DateTimeOffset SubmittedAt);
