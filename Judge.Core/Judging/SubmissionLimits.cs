namespace Judge.Core.Judging;

/// <summary>Limits on what a submission may be, enforced by the API and again by the worker.</summary>
public static class SubmissionLimits
{
    /// <summary>64 KiB of UTF-8: more than any honest solution, small enough to store and compile cheaply.</summary>
    public const int MaxCodeBytes = 64 * 1024;
}
