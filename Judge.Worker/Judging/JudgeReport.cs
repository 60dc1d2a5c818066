using System.Text.Json.Serialization;
using Judge.Core.Judging;

namespace Judge.Worker.Judging;

/// <summary>
/// The outcome of judging one submission. Its JSON form is the CLI contract
/// (`judge --json`), used by CI and tools outside the project: keep field names stable.
/// </summary>
public sealed record JudgeReport(
    string Problem,
    string Language,
    [property: JsonConverter(typeof(VerdictJsonConverter))] Verdict Verdict,
    Score Score,
    CompileInfo Compile,
    IReadOnlyList<GroupReport> Groups,
    string SpecHash)
{
    /// <summary>Set when the submission was probed for its time complexity (judge --complexity).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Complexity.ComplexityReport? Complexity { get; init; }
}

/// <summary>Percentages of groups passed: correctness groups, performance groups, and all of them.</summary>
public sealed record Score(double Correctness, double Performance, double Total);

public sealed record CompileInfo(bool Ok, string Output);

public sealed record GroupReport(
    string Name,
    string Kind,
    [property: JsonConverter(typeof(VerdictJsonConverter))] Verdict Verdict,
    IReadOnlyList<TestReport> Tests);

public sealed record TestReport(
    string Name,
    [property: JsonConverter(typeof(VerdictJsonConverter))] Verdict Verdict,
    double CpuMs,
    double WallMs,
    long MemoryKb,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message)
{
    /// <summary>The CPU limit this test was judged against (for `verify`'s margin column).</summary>
    public double CpuLimitMs { get; init; }
}

/// <summary>Writes verdicts by their wire names (OK, WRONG_ANSWER, ...).</summary>
public sealed class VerdictJsonConverter : JsonConverter<Verdict>
{
    public override Verdict Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        VerdictNames.Parse(reader.GetString() ?? string.Empty);

    public override void Write(System.Text.Json.Utf8JsonWriter writer, Verdict value, System.Text.Json.JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToWire());
    }
}
