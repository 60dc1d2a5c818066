namespace Judge.Core.Judging;

/// <summary>The languages a candidate can write in, by their wire name.</summary>
public static class LanguageNames
{
    public const string CSharp = "csharp";
    public const string Python = "python";
    public const string Java = "java";
    public const string Cpp = "cpp";
    public const string JavaScript = "javascript";

    /// <summary>Every language name of the contract (the CLI accepts these).</summary>
    public static readonly IReadOnlyList<string> All = [CSharp, Python, Java, Cpp, JavaScript];

    /// <summary>The languages workers have toolchains for; the API accepts only these.</summary>
    public static readonly IReadOnlyList<string> Judged = [CSharp, Python, Java, Cpp, JavaScript];

    /// <summary>The sandbox image (judge-sandbox-&lt;name&gt;) a language runs in.</summary>
    public static string ImageOf(string language) => language == CSharp ? "dotnet" : language;

    /// <summary>The sandbox images of every judged language (what a worker needs before it can judge anything).</summary>
    public static IReadOnlyList<string> JudgedImages => [.. Judged.Select(ImageOf).Distinct()];
}
