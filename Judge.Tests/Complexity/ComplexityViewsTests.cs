using Judge.Api.Submissions;
using Judge.Core.Data;

namespace Judge.Tests.Complexity;

/// <summary>The complexity object of the API: its sentence for people and its points read back from JSON.</summary>
[TestFixture]
public sealed class ComplexityViewsTests
{
    [TestCase("O(n)", "O(n^2)", true, new string[0], "O(n^2) detected; the task expects O(n).")]
    [TestCase("O(n log n)", "O(n log n)", true, new string[0], "O(n log n), as the task expects.")]
    [TestCase("O(n)", "O(n^2)", false, new[] { "O(n^2)", "O(n^2 log n)" }, "Probably O(n^2) (not confident); the task expects O(n).")]
    [TestCase("O(n)", "O(n)", false, new[] { "O(n)", "O(n log n)" }, "Probably O(n) (not confident), as the task expects.")]
    [TestCase("O(n)", null, false, new[] { "O(n)", "O(n log n)" }, "Undetermined: O(n) or O(n log n) (the measurements cannot tell them apart).")]
    [TestCase("O(n)", null, false, new[] { "O(1)", "O(log n)", "O(n)" }, "Undetermined: O(1), O(log n) or O(n) (the measurements cannot tell them apart).")]
    [TestCase("O(n)", null, false, new string[0], "Undetermined (the measurements fit no class).")]
    public void Summary_SaysDetectedAgainstExpected_InOneSentence(string expected, string? detected, bool confident, string[] alternatives, string sentence) =>
        Assert.That(ComplexityViews.Summary(ComplexityState.Measured, expected, detected, confident, alternatives, null), Is.EqualTo(sentence));

    [Test]
    public void Summary_SaysTheProbeStoppedEarly_WhenItFailed() =>
        Assert.That(
            ComplexityViews.Summary(ComplexityState.Failed, "O(n)", null, false, [], "the program failed on a probe input of size 4096: IndexOutOfRangeException"),
            Is.EqualTo("Measurement stopped early: the program failed on a probe input of size 4096: IndexOutOfRangeException. Undetermined (the measurements fit no class)."));

    [Test]
    public void From_ReadsStoredPointsAscending_AndLinksThePlot()
    {
        var id = Guid.CreateVersion7();
        var view = ComplexityViews.From(new ComplexityResult
        {
            SubmissionId = id,
            State = ComplexityState.Measured,
            Expected = "O(n)",
            Detected = "O(n)",
            Confident = true,
            PointsJson = """[{"n":32,"cpuMs":0.002},{"n":16,"cpuMs":0.001}]""",
            ReferencePointsJson = """[{"n":16,"cpuMs":0.0009},{"n":32,"cpuMs":0.0018}]""",
            Reference = "reference.cs",
        });

        Assert.Multiple(() =>
        {
            Assert.That(view.Points, Is.EqualTo(new[] { new ComplexityPoint(16, 0.001), new ComplexityPoint(32, 0.002) }));
            Assert.That(view.ReferencePoints, Has.Count.EqualTo(2));
            Assert.That(view.State, Is.EqualTo("Measured"));
            Assert.That(view.Summary, Is.EqualTo("O(n), as the task expects."));
            Assert.That(view.PlotUrl, Is.EqualTo($"/api/submissions/{id}/complexity.svg"));
            Assert.That(view.Reason, Is.Null, "a confident answer needs no reason");
        });
    }

    [Test]
    public void From_CarriesTheStoredReason()
    {
        var view = ComplexityViews.From(new ComplexityResult
        {
            SubmissionId = Guid.CreateVersion7(),
            State = ComplexityState.Measured,
            Expected = "O(n)",
            Alternatives = ["O(n)", "O(n log n)"],
            Reason = "the sweep reached only n = 2048 within its 3 s budget",
            PointsJson = "[]",
            ReferencePointsJson = "[]",
            Reference = "reference.cs",
        });

        Assert.That(view.Reason, Is.EqualTo("the sweep reached only n = 2048 within its 3 s budget"));
    }
}
