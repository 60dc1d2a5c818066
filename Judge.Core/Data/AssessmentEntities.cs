using Judge.Core.Judging;

namespace Judge.Core.Data;

/// <summary>A customer: recruiters, API keys and assessments belong to exactly one organisation.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A recruiter account; the password is stored only as an ASP.NET Core Identity hash.</summary>
public sealed class Recruiter
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Lower-cased, so sign-in is case-insensitive and the unique index holds.</summary>
    public required string Email { get; set; }

    public required string Name { get; set; }

    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A key for automation; only its SHA-256 is stored, so a database leak does not leak live keys.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid RecruiterId { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the key, so a recruiter can tell keys apart without the secret.</summary>
    public required string Prefix { get; set; }

    public required string KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A timed test of (usually) two tasks, owned by an organisation.</summary>
public sealed class Assessment
{
    public Guid Id { get; set; }

    public Guid OrganisationId { get; set; }

    public required string Title { get; set; }

    public int DurationMinutes { get; set; }

    /// <summary>Wire names of the languages candidates may use (see <see cref="LanguageNames"/>).</summary>
    public List<string> Languages { get; set; } = [];

    public Guid CreatedByRecruiterId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<AssessmentTask> Tasks { get; set; } = [];
}

/// <summary>One task of an assessment, by bank id; the spec version is fixed when a solution is submitted.</summary>
public sealed class AssessmentTask
{
    public long Id { get; set; }

    public Guid AssessmentId { get; set; }

    public int Ordinal { get; set; }

    public required string ProblemId { get; set; }
}

/// <summary>An invitation to one candidate; the token in the link is stored only as its SHA-256.</summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    public Guid AssessmentId { get; set; }

    public required string CandidateName { get; set; }

    public required string CandidateEmail { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this the session can no longer be started (a started one runs to its deadline).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public CandidateSession? Session { get; set; }
}

/// <summary>A started attempt: exactly one per invitation (a unique index makes "start" happen once).</summary>
public sealed class CandidateSession
{
    public Guid Id { get; set; }

    public Guid InvitationId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>Set once on the server at start; after it every change is refused.</summary>
    public DateTimeOffset Deadline { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>"finished" (the candidate ended it) or "deadline" (the scheduled job did).</summary>
    public string? FinishReason { get; set; }

    public string? DeadlineJobId { get; set; }
}

/// <summary>The latest code of one task in one language (a language switch keeps the other drafts).</summary>
public sealed class Draft
{
    public long Id { get; set; }

    public Guid SessionId { get; set; }

    public int TaskOrdinal { get; set; }

    public required string Language { get; set; }

    public required string Code { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A saved version of a draft, kept for the recruiter's playback (one per save that changed the code).</summary>
public sealed class DraftSnapshot
{
    public long Id { get; set; }

    public Guid SessionId { get; set; }

    public int TaskOrdinal { get; set; }

    public required string Language { get; set; }

    public required string Code { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

/// <summary>A practice run on the examples or on a custom input: never on hidden tests, never scored.</summary>
public sealed class TaskRun
{
    public const string ExamplesKind = "examples";
    public const string CustomKind = "custom";

    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public int TaskOrdinal { get; set; }

    public required string ProblemId { get; set; }

    public required string Language { get; set; }

    public required string Code { get; set; }

    /// <summary><see cref="ExamplesKind"/> or <see cref="CustomKind"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The custom argument list as JSON (null for example runs).</summary>
    public string? Input { get; set; }

    public SubmissionState State { get; set; }

    public Verdict? Verdict { get; set; }

    public bool? CompileOk { get; set; }

    public string? CompileOutput { get; set; }

    public string? InternalError { get; set; }

    public int Attempts { get; set; }

    public string? JobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a worker last began judging it; CompletedAt minus this is the run's service time.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<RunTestResult> Tests { get; set; } = [];
}

/// <summary>One test of a run, written as soon as it finishes so it can be streamed.</summary>
public sealed class RunTestResult
{
    public long Id { get; set; }

    public Guid RunId { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public Verdict Verdict { get; set; }

    public double CpuMs { get; set; }

    public double WallMs { get; set; }

    public string? Message { get; set; }

    /// <summary>The arguments as JSON (examples and custom inputs are the candidate's to see).</summary>
    public string? Args { get; set; }

    /// <summary>What the program returned, as JSON.</summary>
    public string? Output { get; set; }

    /// <summary>The example's expected value, or the reference's answer to a custom input, as JSON.</summary>
    public string? Expected { get; set; }
}

/// <summary>The one final submission of a task in a session (a unique key makes it final).</summary>
public sealed class FinalSubmission
{
    public Guid SessionId { get; set; }

    public int TaskOrdinal { get; set; }

    public Guid SubmissionId { get; set; }

    /// <summary>True when the deadline (or finish) job submitted the last draft for the candidate.</summary>
    public bool Automatic { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
