namespace Judge.Problems.Loading;

/// <summary>A problem spec that cannot be used, with the place at fault (file, line, column) and what is wrong.</summary>
public sealed class SpecException : Exception
{
    public SpecException(string file, long line, long column, string problem)
        : base($"{file}:{line}:{column}: {problem}")
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public SpecException()
    {
        File = Problem = string.Empty;
    }

    public SpecException(string message)
        : base(message)
    {
        File = Problem = string.Empty;
    }

    public SpecException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = Problem = string.Empty;
    }

    public string File { get; }

    public long Line { get; }

    public long Column { get; }

    /// <summary>What is wrong and what is allowed, without the location.</summary>
    public string Problem { get; }
}
