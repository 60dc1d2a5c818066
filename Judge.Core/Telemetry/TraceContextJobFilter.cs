using System.Diagnostics;
using Hangfire;
using Hangfire.Client;
using Hangfire.Common;
using Hangfire.Server;

namespace Judge.Core.Telemetry;

/// <summary>
/// Carries the W3C trace context from whoever enqueues a job (an API request, a judging job that
/// queues its probe) into the job, so that one trace covers submit to verdict. The client side
/// stores the current span's traceparent (and tracestate) as job parameters; the server side
/// starts a span per job attempt with that context as its parent. Without a listener on the
/// "Judge" source (tracing off) neither side does more than a null check.
/// </summary>
public sealed class TraceContextJobFilter : IClientFilter, IServerFilter
{
    public const string TraceParentParameter = "traceparent";
    public const string TraceStateParameter = "tracestate";

    private const string ActivityItem = "Judge.Telemetry.Activity";

    /// <summary>Hangfire's filters are process-wide; one instance serves every host.</summary>
    public static readonly TraceContextJobFilter Instance = new();

    private TraceContextJobFilter()
    {
    }

    public void OnCreating(CreatingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current)
        {
            context.SetJobParameter(TraceParentParameter, current.Id);
            if (current.TraceStateString is { } state)
            {
                context.SetJobParameter(TraceStateParameter, state);
            }
        }
    }

    public void OnCreated(CreatedContext context)
    {
    }

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!JudgeTelemetry.ActivitySource.HasListeners())
        {
            return;
        }

        // allowStale: the parameters came with the job when it was fetched; no extra query.
        ActivityContext.TryParse(
            context.GetJobParameter<string>(TraceParentParameter, allowStale: true),
            context.GetJobParameter<string>(TraceStateParameter, allowStale: true),
            isRemote: true,
            out var parent);
        var job = context.BackgroundJob.Job;
        var activity = JudgeTelemetry.ActivitySource.StartActivity(SpanName(job), ActivityKind.Consumer, parent);
        if (activity is null)
        {
            return;
        }

        activity.SetTag("messaging.system", "hangfire");
        activity.SetTag("messaging.operation.type", "process");
        activity.SetTag("messaging.destination.name", job.Queue ?? "default");
        activity.SetTag("messaging.message.id", context.BackgroundJob.Id);
        activity.SetTag("hangfire.retry_count", context.GetJobParameter<int>("RetryCount", allowStale: true));
        context.Items[ActivityItem] = activity;
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Items.TryGetValue(ActivityItem, out var item) || item is not Activity activity)
        {
            return;
        }

        if (context.Exception is { } exception && !context.ExceptionHandled)
        {
            // Hangfire wraps what the job threw; the span names the job's own exception.
            activity.Fail(exception is JobPerformanceException { InnerException: { } inner } ? inner : exception);
        }

        activity.Dispose();
    }

    /// <summary>"ISubmissionJudgeJob.JudgeAsync": the job's contract and method, never its arguments.</summary>
    public static string SpanName(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return $"{job.Type.Name}.{job.Method.Name}";
    }
}
