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

    /// <summary>The expected time complexity and how input size is measured (used by complexity probes).</summary>
    public required ComplexitySpec Complexity { get; init; }

    /// <summary>A C# script deciding answers where several are right; null means exact comparison.</summary>
    public string? Checker { get; init; }

    public required IReadOnlyList<TestCase> Examples { get; init; }

    public required IReadOnlyList<TestGroup> Groups { get; init; }

    public required IReadOnlyList<DeclaredSolution> Solutions { get; init; }

    /// <summary>Where the examples, groups and solutions lists start in problem.yaml (for error messages).</summary>
    public SourcePosition ExamplesAt { get; init; } = SourcePosition.Unknown;

    public SourcePosition GroupsAt { get; init; } = SourcePosition.Unknown;

    public SourcePosition SolutionsAt { get; init; } = SourcePosition.Unknown;

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

/// <summary>
/// Resource limits of one test. The C# CPU limit of a test is max(floor, reference CPU time x factor);
/// other languages get a documented multiple of it (see LanguageTimeFactors in the worker).
/// </summary>
public sealed record Limits(int MemoryMb, double TimeFactor, int TimeFloorMs)
{
    /// <summary>The C# CPU limit of one test whose reference took <paramref name="referenceCpuMs"/>.</summary>
    public double CpuLimitMs(double referenceCpuMs) => Math.Max(TimeFloorMs, referenceCpuMs * TimeFactor);
}

/// <summary>Expected complexity class, the size expression ("a.length", "n") and the generator for probes.</summary>
public sealed record ComplexitySpec(string Expected, string Size, string Generator)
{
    /// <summary>
    /// The first seed of the probe's input family: the generator's worst-case family where it has one
    /// (a path for tree walks, sorted input for naive quicksort); the probe uses up to 100 seeds from it.
    /// </summary>
    public int Family { get; init; } = 1;

    /// <summary>The classes the judge can name.</summary>
    public static readonly IReadOnlyList<string> Classes = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^2 log n)", "O(n^3)", "O(2^n)"];

    /// <summary>
    /// Extra sweeps for a task with a second size parameter (N·M), probed after the main one; empty
    /// for most tasks. The main generator grows every parameter with N; each of these grows one.
    /// </summary>
    public IReadOnlyList<ComplexitySweep> Sweeps { get; init; } = [];
}

/// <summary>
/// One extra sweep: its generator grows only the parameter named by <see cref="Size"/> with N and
/// holds the others fixed, and <see cref="Expected"/> is the reference's class in that parameter.
/// </summary>
public sealed record ComplexitySweep(string Size, string Expected, string Generator);

/// <summary>
/// A group of tests that passes only if all its cases pass: literal cases, or cases made by a
/// generator script (<see cref="Generated"/>), whose expected outputs come from the reference.
/// </summary>
public sealed record TestGroup(string Name, GroupKind Kind, IReadOnlyList<TestCase> Cases, GeneratorSpec? Generated = null)
{
    /// <summary>Where the group starts in problem.yaml.</summary>
    public SourcePosition At { get; init; } = SourcePosition.Unknown;
}

/// <summary>A line and column in a spec file, so that every error can point at its place.</summary>
public sealed record SourcePosition(long Line, long Column)
{
    public static readonly SourcePosition Unknown = new(0, 0);
}

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

/// <summary>A solution file shipped with the task, the verdict CI expects for it, and its complexity if declared.</summary>
public sealed record DeclaredSolution(string File, string Expect, string? Complexity = null)
{
    /// <summary>Where the solution's file name stands in problem.yaml.</summary>
    public SourcePosition At { get; init; } = SourcePosition.Unknown;

    /// <summary>The language, from the file extension.</summary>
    public string Language => LanguageOf(File);

    /// <summary>The language of a source file, by its extension (.cs, .py, .java, .cpp, .js).</summary>
    public static string LanguageOf(string file) => Path.GetExtension(file) switch
    {
        ".cs" => "csharp",
        ".py" => "python",
        ".java" => "java",
        ".cpp" => "cpp",
        ".js" => "javascript",
        var other => throw new InvalidOperationException($"no language for '{other}' files"),
    };
}
