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

public sealed record PlannedCase(string Name, JsonArray Args, JsonNode Expected);

/// <summary>Names of group kinds as they appear in reports.</summary>
public static class GroupKinds
{
    public static string ToWire(this GroupKind kind) => kind == GroupKind.Performance ? "performance" : "correctness";
}
