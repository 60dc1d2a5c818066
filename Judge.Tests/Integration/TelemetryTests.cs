using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Judge.Core.Telemetry;
using Judge.Tests.Integration.Assessments;
using Judge.Tests.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Judge.Tests.Integration;

/// <summary>
/// One C# submission (and one Python practice run) through the real API, Hangfire, worker and sandbox, watched from outside:
/// the Prometheus endpoints of the API and the worker before and after it, and every span the
/// process produced meanwhile (an in-memory exporter listening to the "Judge" and ASP.NET Core
/// sources, as an OTLP exporter would).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class TelemetryTests
{
    private const string Language = "csharp";
    private static readonly TimeSpan VerdictTimeout = TimeSpan.FromMinutes(5);

    private readonly SpanLog _spans = [];
    private TracerProvider? _tracing;
    private IReadOnlyList<PrometheusSample> _workerBefore = [];
    private IReadOnlyList<PrometheusSample> _workerAfter = [];
    private IReadOnlyList<PrometheusSample> _api = [];
    private string _submissionId = string.Empty;
    private JsonObject _result = [];
    private string _runId = string.Empty;
    private JsonObject _run = [];

    [OneTimeSetUp]
    public async Task JudgeOneSubmissionAsync()
    {
        // Work left by other fixtures would move the counters under this one.
        await IntegrationEnvironment.WaitForIdleQueuesAsync(TimeSpan.FromMinutes(10));
        _tracing = Sdk.CreateTracerProviderBuilder()
            .AddSource(JudgeTelemetry.Name, "Microsoft.AspNetCore")
            .SetSampler(new AlwaysOnSampler())
            .AddInMemoryExporter(_spans)
            .Build();
        _workerBefore = await ScrapeAsync(IntegrationEnvironment.WorkerHealthUrl);

        var code = await File.ReadAllTextAsync(TestEnvironment.SubmissionPath("max-subarray", "correct.cs"));
        using var response = await IntegrationEnvironment.Api.PostAsJsonAsync("/api/submissions", new { problemId = "max-subarray", language = Language, code });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        _submissionId = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var timeout = new CancellationTokenSource(VerdictTimeout);
        while (true)
        {
            _result = (await IntegrationEnvironment.Api.GetFromJsonAsync<JsonObject>(response.Headers.Location!.ToString(), timeout.Token))!;
            if (_result["state"]!.GetValue<string>() == "Completed")
            {
                break;
            }

            await Task.Delay(200, timeout.Token);
        }

        // A practice run on the examples, from a candidate's session.
        using (var recruiter = await AssessmentClient.SignUpAsync("Telemetry Ltd"))
        {
            var (session, _, _) = await recruiter.StartedSessionAsync();
            using var run = await IntegrationEnvironment.Api.PostAsJsonAsync(session + "/tasks/0/runs", new { language = "python", code = AssessmentClient.MaxSubarrayPython });
            Assert.That(run.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await run.Content.ReadAsStringAsync());
            _runId = (await AssessmentClient.ReadAsync(run))["id"]!.GetValue<string>();
            _run = await AssessmentClient.WaitForAsync(IntegrationEnvironment.Api, $"{session}/runs/{_runId}", r => r["state"]!.GetValue<string>() == "Completed", VerdictTimeout);
        }

        // The verdict queues the complexity probe; wait for it too.
        await IntegrationEnvironment.WaitForIdleQueuesAsync(TimeSpan.FromMinutes(5));
        _workerAfter = await ScrapeAsync(IntegrationEnvironment.WorkerHealthUrl);
        _api = await ScrapeAsync(IntegrationEnvironment.ApiMetricsUrl);
    }

    [OneTimeTearDown]
    public void StopTracing() => _tracing?.Dispose();

    [Test]
    public void WorkerMetrics_CountTheVerdict_ByVerdictLanguageAndQueue()
    {
        (string, string)[] labels = [("verdict", "OK"), ("language", Language), ("queue", "submit")];
        Assert.Multiple(() =>
        {
            Assert.That(_result["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(PrometheusText.Value(_workerAfter, "judge_verdicts_total", labels) - PrometheusText.Value(_workerBefore, "judge_verdicts_total", labels), Is.EqualTo(1));
        });
    }

    [Test]
    public void WorkerMetrics_CountPracticeRunsApart()
    {
        (string, string)[] labels = [("verdict", "OK"), ("language", "python"), ("queue", "run")];
        Assert.Multiple(() =>
        {
            Assert.That(_run["verdict"]!.GetValue<string>(), Is.EqualTo("OK"));
            Assert.That(PrometheusText.Value(_workerAfter, "judge_verdicts_total", labels) - PrometheusText.Value(_workerBefore, "judge_verdicts_total", labels), Is.EqualTo(1));
            foreach (var stage in new[] { "queue", "compile", "run" })
            {
                (string, string)[] stageLabels = [("stage", stage), ("queue", "run"), ("language", "python")];
                Assert.That(PrometheusText.Value(_workerAfter, "judge_stage_duration_seconds_count", stageLabels) - PrometheusText.Value(_workerBefore, "judge_stage_duration_seconds_count", stageLabels), Is.EqualTo(1), stage);
            }
        });
    }

    [Test]
    public void Traces_FollowAPracticeRun_FromRequestToVerdict()
    {
        var spans = _spans.Snapshot();
        var judge = spans.Single(s => s.OperationName == JudgeTelemetry.Spans.JudgeRun && Equals(s.GetTagItem(JudgeTelemetry.Attributes.RunId), Guid.Parse(_runId)));
        var trace = spans.Where(s => s.TraceId == judge.TraceId).ToList();
        var job = ParentOf(judge, trace);
        var request = ParentOf(job, trace);
        Assert.Multiple(() =>
        {
            Assert.That(request.Source.Name, Is.EqualTo("Microsoft.AspNetCore"));
            Assert.That(job.OperationName, Is.EqualTo("IRunJudgeJob.JudgeRunAsync"));
            Assert.That(job.GetTagItem("messaging.destination.name"), Is.EqualTo("run"));
            Assert.That(judge.GetTagItem(JudgeTelemetry.Attributes.Language), Is.EqualTo("python"));
            Assert.That(judge.GetTagItem(JudgeTelemetry.Attributes.Verdict), Is.EqualTo("OK"));
            Assert.That(trace.Where(s => s.ParentSpanId == judge.SpanId).OrderBy(s => s.StartTimeUtc).Select(s => s.OperationName),
                Is.EqualTo(new[] { JudgeTelemetry.Spans.Compile, JudgeTelemetry.Spans.RunTests }));
        });
    }

    [TestCase("queue", "submit")]
    [TestCase("compile", "submit")]
    [TestCase("run", "submit")]
    [TestCase("queue", "probe")]
    [TestCase("compile", "probe")]
    [TestCase("probe", "probe")]
    public void WorkerMetrics_TimeEachStage_OfTheSubmissionAndItsProbe(string stage, string queue)
    {
        (string, string)[] labels = [("stage", stage), ("queue", queue), ("language", Language)];
        var count = PrometheusText.Value(_workerAfter, "judge_stage_duration_seconds_count", labels) - PrometheusText.Value(_workerBefore, "judge_stage_duration_seconds_count", labels);
        var sum = PrometheusText.Value(_workerAfter, "judge_stage_duration_seconds_sum", labels) - PrometheusText.Value(_workerBefore, "judge_stage_duration_seconds_sum", labels);
        Assert.Multiple(() =>
        {
            Assert.That(count, Is.EqualTo(1));
            // Seconds, not milliseconds: no stage of one submission takes anywhere near 1000 s.
            Assert.That(sum, Is.GreaterThan(0).And.LessThan(VerdictTimeout.TotalSeconds));
            // The buckets are the ones made for seconds, from 5 ms to 5 minutes.
            Assert.That(PrometheusText.Find(_workerAfter, "judge_stage_duration_seconds_bucket", labels).Select(s => s.Labels["le"]),
                Is.EqualTo(JudgeTelemetry.StageBuckets.Select(b => b.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("+Inf")));
        });
    }

    [Test]
    public void ApiMetrics_ShowTheDepthOfEveryQueue_AndHttpRequests()
    {
        Assert.Multiple(() =>
        {
            foreach (var queue in Core.Jobs.JudgeQueues.ByPriority)
            {
                // The queues are idle now: present, and zero.
                Assert.That(PrometheusText.Find(_api, "judge_queue_depth", ("queue", queue)).Select(s => s.Value), Is.EqualTo(new[] { 0.0 }), queue);
            }

            Assert.That(PrometheusText.Find(_api, "http_server_request_duration_seconds_count", ("http_route", "/api/submissions/"), ("http_request_method", "POST")).Sum(s => s.Value),
                Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public void Traces_FollowTheSubmission_FromRequestToVerdictAndProbe()
    {
        var spans = _spans.Snapshot();
        var judge = spans.Single(s => s.OperationName == JudgeTelemetry.Spans.JudgeSubmission && Equals(s.GetTagItem(JudgeTelemetry.Attributes.SubmissionId), Guid.Parse(_submissionId)));
        var trace = spans.Where(s => s.TraceId == judge.TraceId).ToList();
        var job = ParentOf(judge, trace);
        var request = ParentOf(job, trace);
        var children = trace.Where(s => s.ParentSpanId == judge.SpanId).OrderBy(s => s.StartTimeUtc).ToList();
        var probeJob = children.Single(s => s.Kind == ActivityKind.Consumer);
        var probe = trace.Single(s => s.ParentSpanId == probeJob.SpanId);
        var probeChildren = trace.Where(s => s.ParentSpanId == probe.SpanId).ToList();
        Assert.Multiple(() =>
        {
            // The API's request span is the root: its context went into the job as a parameter.
            Assert.That(request.Source.Name, Is.EqualTo("Microsoft.AspNetCore"));
            Assert.That(request.ParentSpanId, Is.EqualTo(default(ActivitySpanId)));
            Assert.That(job.OperationName, Is.EqualTo("ISubmissionJudgeJob.JudgeAsync"));
            Assert.That(job.Kind, Is.EqualTo(ActivityKind.Consumer));
            Assert.That(job.GetTagItem("messaging.destination.name"), Is.EqualTo("submit"));
            Assert.That(judge.GetTagItem(JudgeTelemetry.Attributes.Problem), Is.EqualTo("max-subarray"));
            Assert.That(judge.GetTagItem(JudgeTelemetry.Attributes.Language), Is.EqualTo(Language));
            Assert.That(judge.GetTagItem(JudgeTelemetry.Attributes.Verdict), Is.EqualTo("OK"));
            Assert.That(judge.GetTagItem(JudgeTelemetry.Attributes.Attempt), Is.EqualTo(1));
            Assert.That(judge.Status, Is.Not.EqualTo(ActivityStatusCode.Error));
            // Compile, then one container for every test (nothing died mid-test), then the probe's job.
            Assert.That(children.Select(s => s.OperationName), Is.EqualTo(new[] { JudgeTelemetry.Spans.Compile, JudgeTelemetry.Spans.RunTests, "IComplexityProbeJob.ProbeAsync" }));
            Assert.That(children[0].GetTagItem(JudgeTelemetry.Attributes.CompileOk), Is.EqualTo(true));
            Assert.That(children[1].GetTagItem(JudgeTelemetry.Attributes.FirstTest), Is.EqualTo(0));
            Assert.That(children[1].GetTagItem(JudgeTelemetry.Attributes.Tests), Is.GreaterThan(10));
            Assert.That(children[1].GetTagItem(JudgeTelemetry.Attributes.StoppedAt), Is.Null);
            Assert.That(probe.OperationName, Is.EqualTo(JudgeTelemetry.Spans.ProbeComplexity));
            Assert.That(probe.GetTagItem(JudgeTelemetry.Attributes.SubmissionId), Is.EqualTo(Guid.Parse(_submissionId)));
            Assert.That(probeChildren.Select(s => s.OperationName), Has.Member(JudgeTelemetry.Spans.Compile).And.Member(JudgeTelemetry.Spans.ProbeSweep));
            Assert.That(probeChildren.Where(s => s.OperationName == JudgeTelemetry.Spans.ProbeSweep).Select(s => s.GetTagItem(JudgeTelemetry.Attributes.SweepOf)), Has.Member("submission"));
            // Stages end within their job's span; the probe's job starts only after the verdict's span ended.
            Assert.That(children.Take(2).Max(End), Is.LessThanOrEqualTo(End(judge)));
            Assert.That(probeChildren.Max(End), Is.LessThanOrEqualTo(End(probe)));
            Assert.That(probeJob.StartTimeUtc, Is.GreaterThanOrEqualTo(End(judge)));
        });
    }

    private static DateTime End(Activity span) => span.StartTimeUtc + span.Duration;

    private static Activity ParentOf(Activity child, List<Activity> trace)
    {
        var parent = trace.SingleOrDefault(s => s.SpanId == child.ParentSpanId);
        Assert.That(parent, Is.Not.Null, $"the parent of '{child.OperationName}' was not recorded in trace {child.TraceId}: {string.Join(", ", trace.Select(s => s.OperationName))}");
        return parent!;
    }

    private static async Task<IReadOnlyList<PrometheusSample>> ScrapeAsync(string baseUrl)
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(baseUrl + "/metrics");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return PrometheusText.Parse(body);
    }

    /// <summary>The exporter adds spans from the worker's threads while a test may read them.</summary>
    private sealed class SpanLog : System.Collections.ObjectModel.Collection<Activity>
    {
        private readonly Lock _lock = new();

        public List<Activity> Snapshot()
        {
            lock (_lock)
            {
                return [.. this];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_lock)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
