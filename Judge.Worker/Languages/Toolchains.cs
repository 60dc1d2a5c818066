namespace Judge.Worker.Languages;

/// <summary>The toolchains this worker has, by language name.</summary>
public sealed class Toolchains(IEnumerable<IToolchain> toolchains)
{
    private readonly Dictionary<string, IToolchain> _byLanguage = toolchains.ToDictionary(t => t.Language, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Languages => _byLanguage.Keys;

    public IToolchain Get(string language) =>
        _byLanguage.TryGetValue(language, out var toolchain)
            ? toolchain
            : throw new LanguageNotAvailableException(language, _byLanguage.Keys);
}

/// <summary>A language the contract knows but this worker cannot judge (yet).</summary>
public sealed class LanguageNotAvailableException : Exception
{
    public LanguageNotAvailableException(string language, IEnumerable<string> available)
        : base($"language '{language}' is not available; available: {string.Join(", ", available.Order(StringComparer.Ordinal))}")
    {
    }

    public LanguageNotAvailableException()
    {
    }

    public LanguageNotAvailableException(string message)
        : base(message)
    {
    }

    public LanguageNotAvailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
