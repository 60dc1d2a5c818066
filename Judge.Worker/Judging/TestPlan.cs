using System.Text.Json.Nodes;
using Judge.Problems.Model;

namespace Judge.Worker.Judging;

/// <summary>The tests of one submission in the order they run, each with its expected output.</summary>
public sealed record TestPlan(IReadOnlyList<PlannedGroup> Groups)
{
    public IEnumerable<(int Group, PlannedCase Case)> Flatten() =>
        Groups.SelectMany((g, gi) => g.Cases.Select(c => (gi, c)));
}

/// <summary>
/// A group ready to run. Kind is "example" (shown with got/expected, not scored), "correctness"
/// or "performance".
/// </summary>
public sealed record PlannedGroup(string Name, string Kind, IReadOnlyList<PlannedCase> Cases)
{
    public const string ExampleKind = "example";

    public bool IsExample => Kind == ExampleKind;
}

/// <summary>One test ready to run: its C# CPU limit comes from the reference's measured time on it.</summary>
public sealed record PlannedCase(string Name, JsonArray Args, JsonNode Expected, double ReferenceCpuMs, double CpuLimitMs)
{
    /// <summary>The CPU limit for a language (C# limit x the language's documented factor).</summary>
    public double CpuLimitFor(string language) => CpuLimitMs * LanguageTimeFactors.For(language);
}

/// <summary>Names of group kinds as they appear in reports.</summary>
public static class GroupKinds
{
    public static string ToWire(this GroupKind kind) => kind == GroupKind.Performance ? "performance" : "correctness";
}
