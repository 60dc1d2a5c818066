using System.Text.Json.Nodes;

namespace Judge.Api.Problems;

/// <summary>A task in the bank's list.</summary>
public sealed record ProblemSummary(string Id, string Title, string Difficulty, IReadOnlyList<string> Languages);

/// <summary>What a candidate may see of a task: never hidden tests, expected outputs of groups, or solutions.</summary>
public sealed record ProblemDetail(
    string Id,
    string Title,
    string Difficulty,
    StatementView Statement,
    SignatureView Signature,
    IReadOnlyDictionary<string, string> Skeletons,
    IReadOnlyList<ExampleView> Examples,
    IReadOnlyList<string> Languages,
    int MemoryMb);

public sealed record StatementView(string Markdown, string Html);

public sealed record SignatureView(string Returns, IReadOnlyList<ParameterView> Params);

public sealed record ParameterView(string Name, string Type);

public sealed record ExampleView(JsonArray Args, JsonNode Expected);
