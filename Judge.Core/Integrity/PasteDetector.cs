namespace Judge.Core.Integrity;

/// <summary>
/// A large insertion found between two consecutive saved versions of a draft: <see cref="Characters"/>
/// is the length of the inserted text, <see cref="NewCharacters"/> how many of them lie on lines the
/// draft never had before (what the threshold is applied to), <see cref="Excerpt"/> its start (at most
/// <see cref="PasteDetector.ExcerptLimit"/> characters), <see cref="StartLine"/>–<see cref="EndLine"/>
/// the lines of the new version it lies on (1-based, inclusive).
/// </summary>
public sealed record Paste(int Characters, int NewCharacters, string Excerpt, bool ExcerptTruncated, int StartLine, int EndLine);

/// <summary>
/// Finds large pastes in the saved versions of a draft. The candidate app saves about a second
/// after typing stops, so one save holds a second or so of typing — a few dozen characters at the
/// most — plus whatever was pasted in that second: a threshold on the characters one save inserts
/// separates the two.
/// </summary>
/// <remarks>
/// <para>
/// The inserted text is what lies between the common prefix and the common suffix of the two
/// versions. Of it, only characters on lines that none of the earlier versions of this draft (nor the
/// starting code) contained, compared without surrounding whitespace, count toward the threshold
/// (indentation included; line breaks and blank lines not): an undo that brings back deleted code,
/// a block moved or duplicated within the candidate's own code, or re-indentation after wrapping
/// code in a loop are not pastes, and the prefix/suffix diff alone would report each of them as
/// one large insertion.
/// </para>
/// <para>
/// What this cannot tell apart: code typed while the candidate was offline, which the app sends in
/// one save when the connection is back, reads as a paste too. The report shows the excerpt and the
/// time, so the recruiter can judge.
/// </para>
/// </remarks>
public static class PasteDetector
{
    /// <summary>
    /// Characters new to the draft inserted by one save, at or above which it counts as a paste: far
    /// above what anyone types within one autosave (a fast typist manages ~10 characters a second), and
    /// below a typical pasted function (a dozen lines).
    /// </summary>
    public const int DefaultThreshold = 200;

    /// <summary>The excerpt shown in the report is cut at this many characters (the whole version is in the timeline anyway).</summary>
    public const int ExcerptLimit = 2000;

    /// <summary>
    /// For each of <paramref name="versions"/> (the saved versions of one task's draft in one language,
    /// oldest first), the paste it added to the previous one, or null. The first version is compared
    /// with <paramref name="start"/>, the starting code the editor opened with (the task's skeleton in
    /// this language; empty when unknown).
    /// </summary>
    public static IReadOnlyList<Paste?> Scan(string? start, IReadOnlyList<string> versions, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var known = new HashSet<string>(StringComparer.Ordinal);
        var previous = start ?? string.Empty;
        AddLines(known, previous);
        var pastes = new Paste?[versions.Count];
        for (var i = 0; i < versions.Count; i++)
        {
            pastes[i] = Find(previous, versions[i], known, threshold);
            AddLines(known, versions[i]);
            previous = versions[i];
        }

        return pastes;
    }

    /// <summary>
    /// The paste that turned <paramref name="previous"/> into <paramref name="current"/>, or null when
    /// fewer than <paramref name="threshold"/> new characters were inserted. <paramref name="knownLines"/>
    /// holds the trimmed lines the draft already had at some point (see the remarks on the type).
    /// </summary>
    public static Paste? Find(string previous, string current, IReadOnlySet<string> knownLines, int threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(knownLines);
        var (start, length) = Inserted(previous, current);
        if (length < threshold)
        {
            return null; // even if every character were new, too few
        }

        var end = start + length; // exclusive
        var newCharacters = 0;
        var lineStart = current.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        if (start == 0)
        {
            lineStart = 0;
        }

        while (lineStart < end)
        {
            var lineEnd = current.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = current.Length;
            }

            var line = current[lineStart..lineEnd].Trim();
            if (line.Length > 0 && !knownLines.Contains(line))
            {
                newCharacters += Math.Max(0, Math.Min(lineEnd, end) - Math.Max(lineStart, start));
            }

            lineStart = lineEnd + 1;
        }

        if (newCharacters < threshold)
        {
            return null;
        }

        var truncated = length > ExcerptLimit;
        var excerpt = current.Substring(start, truncated ? ExcerptLimit : length);
        // The lines the inserted text lies on; a trailing newline ends the last line, it does not start another.
        var lastCharacter = current[end - 1] == '\n' && end - 1 > start ? end - 2 : end - 1;
        return new Paste(length, newCharacters, excerpt, truncated, LineOf(current, start), LineOf(current, lastCharacter));
    }

    /// <summary>
    /// The text <paramref name="current"/> has in place of <paramref name="previous"/>'s, by common prefix
    /// and suffix: its start in <paramref name="current"/> and its length (0 when only text was deleted).
    /// </summary>
    public static (int Start, int Length) Inserted(string previous, string current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var prefix = previous.AsSpan().CommonPrefixLength(current);
        var room = Math.Min(previous.Length, current.Length) - prefix;
        var suffix = 0;
        while (suffix < room && previous[^(suffix + 1)] == current[^(suffix + 1)])
        {
            suffix++;
        }

        return (prefix, current.Length - prefix - suffix);
    }

    private static void AddLines(HashSet<string> known, string code)
    {
        foreach (var line in code.Split('\n'))
        {
            known.Add(line.Trim());
        }
    }

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return line;
    }
}
