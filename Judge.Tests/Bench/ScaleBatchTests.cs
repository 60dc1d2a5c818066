using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Worker.Bench;

namespace Judge.Tests.Bench;

[TestFixture]
public sealed class ScaleBatchTests
{
    private static readonly ProblemBank Bank = ProblemBank.Load(ProblemBank.DefaultDirectory);

    [Test]
    public void Compose_GivesTheCount_AndTheSameBatchEveryTime()
    {
        var first = ScaleBatch.Compose(Bank.All, 40);
        var second = ScaleBatch.Compose(Bank.All, 40);
        Assert.Multiple(() =>
        {
            Assert.That(first, Has.Count.EqualTo(40));
            Assert.That(second, Is.EqualTo(first));
            // A warm-up batch of n is the first n of a longer one: same files.
            Assert.That(ScaleBatch.Compose(Bank.All, 10), Is.EqualTo(first.Take(10)));
        });
    }

    [Test]
    public void Compose_TakesEveryLanguageInTurn()
    {
        var batch = ScaleBatch.Compose(Bank.All, 40);
        Assert.Multiple(() =>
        {
            Assert.That(batch.Select(i => i.Language).Distinct(), Is.EquivalentTo(LanguageNames.Judged));
            Assert.That(batch.GroupBy(i => i.Language).Select(g => g.Count()), Is.All.EqualTo(8));
            Assert.That(batch.Zip(batch.Skip(1)), Has.None.Matches<(BatchItem A, BatchItem B)>(p => p.A.Language == p.B.Language));
        });
    }

    [Test]
    public void Compose_MixesCorrectAndWrongSolutions_AcrossTasks()
    {
        var batch = ScaleBatch.Compose(Bank.All, 40);
        var csharp = batch.Where(i => i.Language == LanguageNames.CSharp).ToList();
        Assert.Multiple(() =>
        {
            // C# and Python ship wrong solutions: half of their picks are wrong ones.
            Assert.That(csharp.Count(i => i.Expect == "OK"), Is.EqualTo(4));
            Assert.That(csharp.Count(i => i.Expect == "WRONG_ANSWER"), Is.EqualTo(4));
            Assert.That(batch.Select(i => i.ProblemId).Distinct().Count(), Is.GreaterThanOrEqualTo(10));
            Assert.That(batch, Is.All.Matches<BatchItem>(i => Bank.Find(i.ProblemId)!.Solutions.Any(s => s.File == i.File && s.Expect == i.Expect)));
        });
    }

    [Test]
    public void Compose_LeavesOutTimeouts_UnlessAsked()
    {
        var without = ScaleBatch.Compose(Bank.All, 200);
        var with = ScaleBatch.Compose(Bank.All, 200, includeSlow: true);
        Assert.Multiple(() =>
        {
            Assert.That(without, Has.None.Matches<BatchItem>(i => i.Expect == "TIMEOUT"));
            Assert.That(with, Has.Some.Matches<BatchItem>(i => i.Expect == "TIMEOUT"));
        });
    }

    [Test]
    public void Compose_OfNothing_Throws_WhenSubmissionsAreWanted() =>
        Assert.That(() => ScaleBatch.Compose([], 3), Throws.InvalidOperationException);
}
