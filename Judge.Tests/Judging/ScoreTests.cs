using Judge.Core.Judging;
using Judge.Worker.Judging;

namespace Judge.Tests.Judging;

[TestFixture]
public sealed class ScoreTests
{
    [Test]
    public void ScoreOf_CountsGroupsByKind_AndIgnoresExamples()
    {
        GroupReport G(string kind, Verdict verdict) => new("g", kind, verdict, []);
        var score = SubmissionJudge.ScoreOf(
        [
            G("example", Verdict.WrongAnswer),
            G("correctness", Verdict.Ok), G("correctness", Verdict.Ok), G("correctness", Verdict.WrongAnswer), G("correctness", Verdict.Ok),
            G("performance", Verdict.Timeout), G("performance", Verdict.Ok),
        ]);
        Assert.That(score, Is.EqualTo(new Score(75, 50, 66.7)));
    }
}
