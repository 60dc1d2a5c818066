using System.Text.Json.Nodes;

namespace Judge.Problems.Model;

/// <summary>A task as the judge sees it: signature, limits, tests and declared solutions.</summary>
public sealed record ProblemSpec
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Difficulty { get; init; }

    /// <summary>Markdown shown to the candidate.</summary>
    public required string Statement { get; init; }

    public required Signature Signature { get; init; }

    public required Limits Limits { get; init; }

    public required IReadOnlyList<TestCase> Examples { get; init; }

    public required IReadOnlyList<TestGroup> Groups { get; init; }

    public required IReadOnlyList<DeclaredSolution> Solutions { get; init; }

    /// <summary>SHA-256 (hex) over every file of the spec folder: the identity of this version.</summary>
    public required string SpecHash { get; init; }

    /// <summary>The folder the spec was loaded from (solutions and scripts are relative to it).</summary>
    public required string Directory { get; init; }

    /// <summary>The solution every generated test takes its expected output from.</summary>
    public DeclaredSolution Reference => Solutions.First(s => s.Expect == "OK" && s.File.EndsWith(".cs", StringComparison.Ordinal));
}

/// <summary>The one function a candidate implements.</summary>
public sealed record Signature(ValueType Returns, IReadOnlyList<Parameter> Params);

/// <summary>A named, typed parameter of the signature.</summary>
public sealed record Parameter(string Name, ValueType Type);

/// <summary>Resource limits for one test run of a submission.</summary>
public sealed record Limits(int MemoryMb, int TimeMs);

/// <summary>
/// A group of tests that passes only if all its cases pass: literal cases, or cases made by a
/// generator script (<see cref="Generated"/>), whose expected outputs come from the reference.
/// </summary>
public sealed record TestGroup(string Name, GroupKind Kind, IReadOnlyList<TestCase> Cases, GeneratorSpec? Generated = null);

/// <summary>A C# script that returns the argument list for size N and a seed; one case per seed.</summary>
public sealed record GeneratorSpec(string Script, int N, IReadOnlyList<int> Seeds);

/// <summary>Correctness groups count toward correctness %, performance groups toward performance %.</summary>
public enum GroupKind
{
    Correctness,
    Performance,
}

/// <summary>
/// One call of the candidate's function. Expected is null for a generated case until the
/// reference solution has produced it (see ExpectedOutputs in the worker).
/// </summary>
public sealed record TestCase(string Name, JsonArray Args, JsonNode? Expected);

/// <summary>A solution file shipped with the task and the verdict CI expects for it.</summary>
public sealed record DeclaredSolution(string File, string Expect);
