namespace Judge.Core.Judging;

/// <summary>Where a submission is in the pipeline.</summary>
public enum SubmissionState
{
    /// <summary>Stored by the API, job enqueued (or about to be re-enqueued by the sweeper).</summary>
    Queued,

    /// <summary>A worker has picked it up; a crash here means the job runs again.</summary>
    Running,

    /// <summary>Results are written; a re-run of the job stops here.</summary>
    Completed,
}
