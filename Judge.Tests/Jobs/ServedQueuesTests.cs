using Judge.Core.Jobs;
using Judge.Worker.Jobs;

namespace Judge.Tests.Jobs;

[TestFixture]
public sealed class ServedQueuesTests
{
    [Test]
    public void Parse_ServesEveryQueue_WhenNotConfigured() =>
        Assert.That(ServedQueues.Parse(null), Is.EqualTo(JudgeQueues.ByPriority));

    [Test]
    public void Parse_KeepsThePriorityOrder_WhateverOrderIsGiven() =>
        Assert.That(ServedQueues.Parse("probe, run"), Is.EqualTo(new[] { JudgeQueues.Run, JudgeQueues.Probe }));

    [Test]
    public void Parse_RefusesAnUnknownQueue_NamingIt() =>
        Assert.That(() => ServedQueues.Parse("submit,probes"), Throws.InvalidOperationException.With.Message.Contains("probes"));
}
