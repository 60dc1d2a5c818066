using System.Diagnostics;
using Judge.Core.Judging;
using Judge.Core.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace Judge.Tests.Telemetry;

/// <summary>The instruments of the "Judge" meter as an exporter sees them (no host, no Docker).</summary>
[TestFixture]
[NonParallelizable]
public sealed class JudgeTelemetryTests
{
    [Test]
    public void RecordStage_LandsInSecondBuckets_WithStageQueueAndLanguage()
    {
        var exported = new List<Metric>();
        using (var provider = Sdk.CreateMeterProviderBuilder().AddMeter(JudgeTelemetry.Name).AddInMemoryExporter(exported).Build())
        {
            JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Compile, "submit", "java", TimeSpan.FromSeconds(1.5));
            JudgeTelemetry.RecordStage(JudgeTelemetry.Stages.Compile, "submit", "java", TimeSpan.FromMilliseconds(7));
            provider.ForceFlush();
        }

        var metric = exported.Last(m => m.Name == JudgeTelemetry.StageDurationName);
        var points = new List<MetricPoint>();
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            points.Add(point);
        }

        var only = points.Single();
        var buckets = new List<(double Bound, long Count)>();
        foreach (var bucket in only.GetHistogramBuckets())
        {
            buckets.Add((bucket.ExplicitBound, bucket.BucketCount));
        }

        Assert.Multiple(() =>
        {
            Assert.That(metric.Unit, Is.EqualTo("s"));
            Assert.That(Tags(only), Is.EquivalentTo(new Dictionary<string, object?> { ["stage"] = "compile", ["queue"] = "submit", ["language"] = "java" }));
            Assert.That(only.GetHistogramCount(), Is.EqualTo(2));
            Assert.That(only.GetHistogramSum(), Is.EqualTo(1.507).Within(1e-9));
            // 7 ms falls in (5 ms, 10 ms], 1.5 s in (1 s, 2 s]: buckets made for seconds.
            Assert.That(buckets.Where(b => b.Count > 0).Select(b => b.Bound), Is.EqualTo(new[] { 0.01, 2 }));
        });
    }

    [Test]
    public void RecordVerdict_CountsByVerdictLanguageAndQueue()
    {
        var exported = new List<Metric>();
        using (var provider = Sdk.CreateMeterProviderBuilder().AddMeter(JudgeTelemetry.Name).AddInMemoryExporter(exported).Build())
        {
            JudgeTelemetry.RecordVerdict("submit", "python", Verdict.WrongAnswer);
            JudgeTelemetry.RecordVerdict("submit", "python", Verdict.WrongAnswer);
            JudgeTelemetry.RecordVerdict("run", "python", Verdict.Ok);
            provider.ForceFlush();
        }

        var sums = new Dictionary<string, long>();
        foreach (ref readonly var point in exported.Last(m => m.Name == JudgeTelemetry.VerdictsName).GetMetricPoints())
        {
            var tags = Tags(point);
            sums[$"{tags["verdict"]}/{tags["queue"]}/{tags["language"]}"] = point.GetSumLong();
        }

        Assert.That(sums, Is.EquivalentTo(new Dictionary<string, long> { ["WRONG_ANSWER/submit/python"] = 2, ["OK/run/python"] = 1 }));
    }

    [Test]
    public void StartStage_IsNull_WhenNobodyListens_AndAChildOfTheCurrentSpanOtherwise()
    {
        Assert.That(JudgeTelemetry.StartStage(JudgeTelemetry.Spans.Compile, "cpp"), Is.Null);

        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == JudgeTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        using var job = JudgeTelemetry.ActivitySource.StartActivity(JudgeTelemetry.Spans.JudgeSubmission);
        using var stage = JudgeTelemetry.StartStage(JudgeTelemetry.Spans.Compile, "cpp");
        Assert.Multiple(() =>
        {
            Assert.That(stage!.ParentSpanId, Is.EqualTo(job!.SpanId));
            Assert.That(stage.GetTagItem(JudgeTelemetry.Attributes.Language), Is.EqualTo("cpp"));
        });
    }

    private static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }
}
