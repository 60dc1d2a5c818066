namespace Judge.Core.Judging;

/// <summary>Outcome of one test, one group or a whole submission (see design: "Verdicts and scores").</summary>
public enum Verdict
{
    Ok,
    WrongAnswer,
    Timeout,
    RuntimeError,
    MemoryLimit,
    OutputLimit,
    CompileError,
    InternalError,
}

/// <summary>The wire names of verdicts (SCREAMING_SNAKE, as in the CLI contract and the API).</summary>
public static class VerdictNames
{
    public static string ToWire(this Verdict verdict) => verdict switch
    {
        Verdict.Ok => "OK",
        Verdict.WrongAnswer => "WRONG_ANSWER",
        Verdict.Timeout => "TIMEOUT",
        Verdict.RuntimeError => "RUNTIME_ERROR",
        Verdict.MemoryLimit => "MEMORY_LIMIT",
        Verdict.OutputLimit => "OUTPUT_LIMIT",
        Verdict.CompileError => "COMPILE_ERROR",
        Verdict.InternalError => "INTERNAL_ERROR",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    public static Verdict Parse(string wire)
    {
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            if (verdict.ToWire() == wire)
            {
                return verdict;
            }
        }

        throw new FormatException($"'{wire}' is not a verdict");
    }
}
