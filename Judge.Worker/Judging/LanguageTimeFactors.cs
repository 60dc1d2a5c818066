using Judge.Core.Judging;

namespace Judge.Worker.Judging;

/// <summary>
/// How much more CPU time than the C# limit each language gets, so that an optimal solution
/// passes in every language. Measured on the bank's references (C# vs Python: 20–60x on tight
/// loops, 3–10x where built-ins carry the work); the limit is max(floor, reference x factor) in C#,
/// so 5x keeps optimal Python inside it while a solution of a worse class still times out.
/// </summary>
public static class LanguageTimeFactors
{
    public static double For(string language) => language switch
    {
        LanguageNames.CSharp => 1.0,
        LanguageNames.Cpp => 1.0,
        LanguageNames.Java => 2.0,
        LanguageNames.JavaScript => 2.0,
        LanguageNames.Python => 5.0,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "no time factor for this language"),
    };

    /// <summary>Wall-clock allowance of a test: twice its CPU limit plus a second for scheduling noise.</summary>
    public static TimeSpan WallLimit(double cpuLimitMs) => TimeSpan.FromMilliseconds((2 * cpuLimitMs) + 1000);
}
