namespace Judge.Worker.Cli;

/// <summary>Minimal `--name value` / `--flag` parsing; unknown options are errors, not silently ignored.</summary>
public sealed class CliArgs(IReadOnlyList<string> args)
{
    private readonly HashSet<int> _used = [];

    public string? Optional(string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new CliException($"{name} needs a value");
                }

                _used.Add(i);
                _used.Add(i + 1);
                return args[i + 1];
            }
        }

        return null;
    }

    public string Required(string name) => Optional(name) ?? throw new CliException($"missing {name} <value>");

    public int PositiveInt(string name, int fallback) =>
        Optional(name) is not { } text ? fallback
        : int.TryParse(text, out var value) && value > 0 ? value
        : throw new CliException($"{name} must be a positive whole number, got '{text}'");

    public bool Flag(string name)
    {
        var i = args.ToList().IndexOf(name);
        if (i < 0)
        {
            return false;
        }

        _used.Add(i);
        return true;
    }

    public void RejectUnknown()
    {
        var unknown = args.Where((_, i) => !_used.Contains(i)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException($"unknown arguments: {string.Join(' ', unknown)}");
        }
    }
}

/// <summary>The CLI cannot do what was asked; the message is the one line printed before exit code 2.</summary>
public sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }

    public CliException()
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
