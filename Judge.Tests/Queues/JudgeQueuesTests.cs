using Judge.Core.Jobs;

namespace Judge.Tests.Queues;

[TestFixture]
public sealed class JudgeQueuesTests
{
    [TestCase(null, new[] { "run", "submit", "probe" })]
    [TestCase("", new[] { "run", "submit", "probe" })]
    [TestCase("probe", new[] { "probe" })]
    [TestCase("submit, run", new[] { "run", "submit" })]
    public void Parse_KeepsThePriorityOrder(string? list, string[] expected) =>
        Assert.That(JudgeQueues.Parse(list), Is.EqualTo(expected));

    [Test]
    public void Parse_NamesAnUnknownQueue() =>
        Assert.That(() => JudgeQueues.Parse("run,judge"), Throws.InvalidOperationException.With.Message.Contains("'judge'").And.Message.Contains("Worker:Queues"));
}
