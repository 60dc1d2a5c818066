using System.Text.Json.Nodes;
using FluentValidation;
using Judge.Core.Judging;

namespace Judge.Api.Assessments;

/// <summary>The body of POST /api/assessments.</summary>
public sealed record CreateAssessmentRequest(string? Title, IReadOnlyList<string>? Tasks, int? DurationMinutes, IReadOnlyList<string>? Languages);

/// <summary>The body of POST /api/assessments/{id}/invitations.</summary>
public sealed record CreateInvitationRequest(string? CandidateName, string? CandidateEmail, int? ValidDays);

public sealed class CreateAssessmentRequestValidator : AbstractValidator<CreateAssessmentRequest>
{
    public const int DefaultDurationMinutes = 90;
    public const int MaxDurationMinutes = 8 * 60;
    public const int MaxTasks = 4;

    public CreateAssessmentRequestValidator()
    {
        RuleFor(r => r.Title).NotEmpty().WithMessage("title is required").MaximumLength(200).WithMessage("title is at most 200 characters").OverridePropertyName("title");
        RuleFor(r => r.Tasks).NotEmpty().WithMessage("tasks is required: a list of task ids from GET /api/problems (two, as a rule)")
            .Must(t => t is null || t.Count <= MaxTasks).WithMessage($"tasks has at most {MaxTasks} entries")
            .Must(t => t is null || t.Distinct(StringComparer.Ordinal).Count() == t.Count).WithMessage("tasks must not repeat a task")
            .OverridePropertyName("tasks");
        RuleFor(r => r.DurationMinutes).InclusiveBetween(1, MaxDurationMinutes).When(r => r.DurationMinutes is not null)
            .WithMessage($"durationMinutes must be between 1 and {MaxDurationMinutes}").OverridePropertyName("durationMinutes");
        RuleFor(r => r.Languages).NotEmpty().When(r => r.Languages is not null).WithMessage("languages must name at least one language (or be left out for all)")
            .OverridePropertyName("languages");
        RuleForEach(r => r.Languages).Must(l => LanguageNames.Judged.Contains(l))
            .WithMessage((_, l) => $"language '{l}' is unknown; available: {string.Join(", ", LanguageNames.Judged)}").OverridePropertyName("languages");
    }
}

public sealed class CreateInvitationRequestValidator : AbstractValidator<CreateInvitationRequest>
{
    public const int DefaultValidDays = 14;

    public CreateInvitationRequestValidator()
    {
        RuleFor(r => r.CandidateName).NotEmpty().WithMessage("candidateName is required").MaximumLength(200).WithMessage("candidateName is at most 200 characters").OverridePropertyName("candidateName");
        RuleFor(r => r.CandidateEmail).NotEmpty().WithMessage("candidateEmail is required").MaximumLength(254).WithMessage("candidateEmail is at most 254 characters")
            .EmailAddress().WithMessage("candidateEmail must be an e-mail address").OverridePropertyName("candidateEmail");
        RuleFor(r => r.ValidDays).InclusiveBetween(1, 90).When(r => r.ValidDays is not null).WithMessage("validDays must be between 1 and 90").OverridePropertyName("validDays");
    }
}

public sealed record AssessmentView(Guid Id, string Title, int DurationMinutes, IReadOnlyList<string> Languages, IReadOnlyList<AssessmentTaskView> Tasks, DateTimeOffset CreatedAt);

public sealed record AssessmentTaskView(int Ordinal, string ProblemId, string Title, string Difficulty);

/// <summary>A new invitation: the only time its token is shown (only its hash is stored).</summary>
public sealed record InvitationCreated(Guid Id, string CandidateName, string CandidateEmail, string Token, string CandidateUrl, string ApiUrl, DateTimeOffset ExpiresAt);

/// <summary>One invited candidate and where they are: invited, expired, in-progress, finished.</summary>
public sealed record SessionSummary(Guid InvitationId, string CandidateName, string CandidateEmail, string State, DateTimeOffset InvitedAt, DateTimeOffset ExpiresAt, DateTimeOffset? StartedAt, DateTimeOffset? Deadline, DateTimeOffset? FinishedAt, string ReportUrl);

/// <summary>What a recruiter reads about one candidate.</summary>
public sealed record SessionReport(
    Guid InvitationId,
    string CandidateName,
    string CandidateEmail,
    Guid AssessmentId,
    string AssessmentTitle,
    int DurationMinutes,
    string State,
    DateTimeOffset? StartedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? FinishedAt,
    string? FinishReason,
    double? TimeUsedSeconds,
    double? TotalScore,
    IReadOnlyList<TaskReport> Tasks);

/// <summary>
/// One task of a report. <see cref="Similarity"/> lists the other candidates' final submissions of the
/// task (same organisation, same language) that are flagged as alike, most alike first, then the
/// closest few that are not; <see cref="SimilarityCompared"/> says how many were compared in all.
/// </summary>
public sealed record TaskReport(
    int Ordinal,
    string ProblemId,
    string Title,
    string Difficulty,
    FinalSubmissionReport? Submission,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<SimilarityMatch> Similarity,
    int SimilarityCompared);

/// <summary>
/// Another candidate's final submission of the same task compared with this one. <see cref="Coverage"/>
/// is the share of this code (outside the task's starting code) lying in matched regions,
/// <see cref="OtherCoverage"/> the share of the other code; <see cref="Score"/> is the larger, flagged at
/// 0.6 with at least 30 matched tokens. <see cref="SameEmail"/>: the other session was taken under the
/// same e-mail address (likely the same person, not a copy). <see cref="ReportUrl"/> is the other report.
/// </summary>
public sealed record SimilarityMatch(
    Guid InvitationId,
    string CandidateName,
    Guid AssessmentId,
    string AssessmentTitle,
    string ReportUrl,
    bool SameEmail,
    Guid SubmissionId,
    string Language,
    double Score,
    double Coverage,
    double OtherCoverage,
    int MatchedTokens,
    bool Flagged,
    string OtherCode,
    IReadOnlyList<SimilarRegion> Regions);

/// <summary>A matched region: its lines in this code (<see cref="Own"/>) and in the other (<see cref="Other"/>), and how many tokens matched in it.</summary>
public sealed record SimilarRegion(LineRange Own, LineRange Other, int Tokens);

/// <summary>Lines, 1-based, both ends included.</summary>
public sealed record LineRange(int StartLine, int EndLine);

public sealed record FinalSubmissionReport(
    Guid SubmissionId,
    bool Automatic,
    DateTimeOffset SubmittedAt,
    string Language,
    string Code,
    string State,
    string? Verdict,
    Submissions.ScoreView? Score,
    Submissions.CompileView? Compile,
    IReadOnlyList<Submissions.GroupView> Groups,
    Submissions.ComplexityView? Complexity);

/// <summary>
/// One step of the playback: a saved draft ("snapshot"), a practice run ("run"), the final submission
/// ("submission"), or a large paste ("paste": right after the snapshot or submission that brought it,
/// with its code and <see cref="Paste"/> saying what was inserted).
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string Kind, string Language, string Code, Guid? RunId, string? RunKind, string? Verdict, JsonNode? Input, PasteView? Paste = null);

/// <summary>
/// A large insertion in one save: <see cref="Characters"/> inserted, <see cref="NewCharacters"/> of them
/// on lines the draft never had before (line breaks and blank lines not counted); the inserted text (cut at 2,000
/// characters when <see cref="ExcerptTruncated"/>) and the lines of the snapshot it lies on.
/// </summary>
public sealed record PasteView(int Characters, int NewCharacters, string Excerpt, bool ExcerptTruncated, LineRange Lines);
