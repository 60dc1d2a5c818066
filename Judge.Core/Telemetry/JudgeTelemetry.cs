using System.Diagnostics;
using System.Diagnostics.Metrics;
using Judge.Core.Judging;

namespace Judge.Core.Telemetry;

/// <summary>
/// The one place that names Judge's telemetry: the "Judge" meter and activity source, the
/// instruments, and the names of their tags and spans. Metric tags stay low-cardinality (stage,
/// queue, language, verdict: a few dozen series in all); ids go on spans only.
/// </summary>
public static class JudgeTelemetry
{
    /// <summary>The name of the meter and the activity source; a MeterProvider/TracerProvider adds this name.</summary>
    public const string Name = "Judge";

    /// <summary>Instruments are created once per process here; each host's MeterProvider listens to them.</summary>
    public static readonly Meter Meter = new(Name);

    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>Seconds from enqueue to the start of judging, and per stage (Prometheus: judge_stage_duration_seconds).</summary>
    public const string StageDurationName = "judge.stage.duration";

    /// <summary>Verdicts written (Prometheus: judge_verdicts_total).</summary>
    public const string VerdictsName = "judge.verdicts";

    /// <summary>Jobs waiting, not yet fetched, per Hangfire queue (Prometheus: judge_queue_depth); the API observes it.</summary>
    public const string QueueDepthName = "judge.queue.depth";

    /// <summary>
    /// From 5 ms (a warm C# compile) to 5 minutes (a queue under load): OpenTelemetry's default
    /// buckets are made for milliseconds and would put every judging stage in the last few.
    /// </summary>
    public static readonly IReadOnlyList<double> StageBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300];

    public static readonly Histogram<double> StageDuration = Meter.CreateHistogram(
        StageDurationName,
        unit: "s",
        description: "Time a job spends in each stage: queue (enqueue to start of judging), compile, run (the tests), probe (complexity sweeps)",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StageBuckets });

    public static readonly Counter<long> Verdicts = Meter.CreateCounter<long>(
        VerdictsName,
        unit: "{verdict}",
        description: "Verdicts written, by verdict, language and queue (submit: graded submissions; run: practice runs)");

    /// <summary>Metric tag names.</summary>
    public static class Tags
    {
        /// <summary>queue, compile, run or probe (<see cref="Stages"/>).</summary>
        public const string Stage = "stage";

        /// <summary>The Hangfire queue of the job: run (practice), submit (graded), probe (complexity).</summary>
        public const string Queue = "queue";

        /// <summary>The wire name: csharp, python, java, cpp, javascript.</summary>
        public const string Language = "language";

        /// <summary>The wire name: OK, WRONG_ANSWER, ... INTERNAL_ERROR.</summary>
        public const string Verdict = "verdict";
    }

    /// <summary>Values of <see cref="Tags.Stage"/>.</summary>
    public static class Stages
    {
        public const string Queue = "queue";
        public const string Compile = "compile";
        public const string Run = "run";
        public const string Probe = "probe";
    }

    /// <summary>Span names: one span per job, children per stage.</summary>
    public static class Spans
    {
        public const string JudgeSubmission = "judge submission";
        public const string JudgeRun = "judge run";
        public const string ProbeComplexity = "probe complexity";
        public const string Compile = "compile";

        /// <summary>One sandbox container running tests (a program that dies mid-test gets a second one).</summary>
        public const string RunTests = "run tests";

        /// <summary>One sweep of the complexity probe (the program's or the reference's).</summary>
        public const string ProbeSweep = "probe sweep";
    }

    /// <summary>Span attribute names (ids are fine here: spans are sampled and not aggregated).</summary>
    public static class Attributes
    {
        public const string SubmissionId = "judge.submission.id";
        public const string RunId = "judge.run.id";
        public const string Problem = "judge.problem";
        public const string Language = "judge.language";
        public const string Verdict = "judge.verdict";
        public const string Attempt = "judge.attempt";
        public const string CompileOk = "judge.compile.ok";
        public const string Tests = "judge.tests";
        public const string FirstTest = "judge.tests.first";
        public const string StoppedAt = "judge.tests.stopped_at";
        public const string SweepSize = "judge.probe.size";
        public const string SweepOf = "judge.probe.program";
        public const string Points = "judge.probe.points";
        public const string Detected = "judge.complexity.detected";
    }

    /// <summary>Records how long a stage took, counted from <paramref name="startTimestamp"/> (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static void RecordStage(string stage, string queue, string language, long startTimestamp) =>
        RecordStage(stage, queue, language, Stopwatch.GetElapsedTime(startTimestamp));

    public static void RecordStage(string stage, string queue, string language, TimeSpan elapsed)
    {
        if (StageDuration.Enabled)
        {
            StageDuration.Record(
                Math.Max(0, elapsed.TotalSeconds),
                new KeyValuePair<string, object?>(Tags.Stage, stage),
                new KeyValuePair<string, object?>(Tags.Queue, queue),
                new KeyValuePair<string, object?>(Tags.Language, language));
        }
    }

    public static void RecordVerdict(string queue, string language, Verdict verdict) =>
        Verdicts.Add(
            1,
            new KeyValuePair<string, object?>(Tags.Verdict, verdict.ToWire()),
            new KeyValuePair<string, object?>(Tags.Queue, queue),
            new KeyValuePair<string, object?>(Tags.Language, language));

    /// <summary>A child span of the current one for a stage; null when nobody listens (tracing off).</summary>
    public static Activity? StartStage(string name, string language)
    {
        var activity = ActivitySource.StartActivity(name);
        activity?.SetTag(Attributes.Language, language);
        return activity;
    }

    /// <summary>Marks a span failed with the exception (its type and message; the stack stays in the logs).</summary>
    public static void Fail(this Activity? activity, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name + ": " + exception.Message);
    }
}
