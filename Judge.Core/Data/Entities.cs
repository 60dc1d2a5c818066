using Judge.Core.Judging;

namespace Judge.Core.Data;

/// <summary>One version of a problem spec, identified by the content hash of its files.</summary>
public sealed class ProblemVersion
{
    public required string ProblemId { get; set; }

    /// <summary>SHA-256 (hex) over the spec's files; results name it so a re-judge is reproducible.</summary>
    public required string SpecHash { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }
}

/// <summary>A candidate's code for one problem, and (once judged) its outcome.</summary>
public sealed class Submission
{
    public Guid Id { get; set; }

    public required string ProblemId { get; set; }

    /// <summary>The spec version this submission is judged against (fixed at acceptance).</summary>
    public required string SpecHash { get; set; }

    public required string Language { get; set; }

    public required string Code { get; set; }

    public SubmissionState State { get; set; }

    public Verdict? Verdict { get; set; }

    public double? CorrectnessScore { get; set; }

    public double? PerformanceScore { get; set; }

    public double? TotalScore { get; set; }

    public bool? CompileOk { get; set; }

    public string? CompileOutput { get; set; }

    /// <summary>Why judging failed on our side (INTERNAL_ERROR); never shown as the candidate's fault.</summary>
    public string? InternalError { get; set; }

    public int Attempts { get; set; }

    /// <summary>The Hangfire job judging it; null means the API stored it but died before enqueueing (the sweeper's cue).</summary>
    public string? JobId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public List<GroupResult> Groups { get; set; } = [];
}

/// <summary>The verdict of one test group of a submission.</summary>
public sealed class GroupResult
{
    public long Id { get; set; }

    public Guid SubmissionId { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    /// <summary>"correctness" or "performance".</summary>
    public required string Kind { get; set; }

    public Verdict Verdict { get; set; }

    public List<TestResult> Tests { get; set; } = [];
}

/// <summary>The verdict and measurements of one test case.</summary>
public sealed class TestResult
{
    public long Id { get; set; }

    public long GroupResultId { get; set; }

    public int Ordinal { get; set; }

    public required string Name { get; set; }

    public Verdict Verdict { get; set; }

    public double CpuMs { get; set; }

    public double WallMs { get; set; }

    public long MemoryKb { get; set; }

    /// <summary>Detail for the candidate: exception type, signal, "got X, expected Y" on examples.</summary>
    public string? Message { get; set; }
}

/// <summary>
/// A submission's measured time complexity (the probe job, queue "probe", after the verdict).
/// One row per submission, keyed by it, so a re-run job cannot write a second one.
/// </summary>
public sealed class ComplexityResult
{
    public Guid SubmissionId { get; set; }

    /// <summary>Measured, or Failed (the program failed on a probe input; <see cref="Message"/> says how).</summary>
    public ComplexityState State { get; set; }

    /// <summary>The class the task expects ("O(n log n)").</summary>
    public required string Expected { get; set; }

    /// <summary>The detected class; null when undetermined.</summary>
    public string? Detected { get; set; }

    public bool Confident { get; set; }

    /// <summary>The classes the fit could not tell apart (undetermined or tentative).</summary>
    public List<string> Alternatives { get; set; } = [];

    /// <summary>Why the answer is undetermined or tentative, in words (the fitter's rule and how the sweep was limited); null when confident.</summary>
    public string? Reason { get; set; }

    /// <summary>The submission's points: size and CPU ms per call (minimum per size), as JSON.</summary>
    public required string PointsJson { get; set; }

    /// <summary>The reference's points on the same inputs, as JSON.</summary>
    public required string ReferencePointsJson { get; set; }

    /// <summary>The reference solution compared with (a file of the task).</summary>
    public required string Reference { get; set; }

    public string? Message { get; set; }

    public double ProbeSeconds { get; set; }

    public DateTimeOffset MeasuredAt { get; set; }
}

/// <summary>How a complexity probe ended.</summary>
public enum ComplexityState
{
    Measured,
    Failed,
}
