namespace Judge.Core.Integrity;

/// <summary>A submission ready for comparison: its normalised tokens, every k-gram hash and the winnowed fingerprints.</summary>
public sealed record FingerprintedSubmission(
    IReadOnlyList<SourceToken> Tokens,
    IReadOnlyList<ulong> KGramHashes,
    IReadOnlyList<Fingerprint> Fingerprints);

/// <summary>
/// Compares final submissions of one task in one language. Candidate pairs are found by shared
/// winnowed fingerprints; each shared fingerprint is then extended token by token into the longest
/// run equal in both (so regions are exact, not fingerprint-sparse), runs are tiled greedily longest
/// first without overlap, and runs a few tokens apart are merged into one region for display.
/// </summary>
/// <remarks>
/// Everything every candidate was given — the task's skeleton in this language — is boilerplate:
/// its k-grams never seed a match and its tokens count neither toward a submission's size nor
/// toward what matched. The reference solution is deliberately not boilerplate: two candidates
/// who both pasted a leaked reference are exactly what this should show.
/// </remarks>
public sealed class SimilarityDetector
{
    private readonly string _language;
    private readonly SimilarityOptions _options;
    private readonly HashSet<ulong> _boilerplate;

    /// <param name="language">One of <see cref="Judging.LanguageNames.All"/>; only submissions in it are compared.</param>
    /// <param name="skeleton">The starting code candidates were given in this language, if any.</param>
    /// <param name="options">Parameters and threshold; <see cref="SimilarityOptions.Default"/> when null.</param>
    public SimilarityDetector(string language, string? skeleton = null, SimilarityOptions? options = null)
    {
        _ = LanguageLexicon.For(language);
        _language = language;
        _options = options ?? SimilarityOptions.Default;
        _boilerplate = skeleton is null ? [] : [.. Fingerprint(skeleton).KGramHashes];
    }

    public FingerprintedSubmission Fingerprint(string source)
    {
        var tokens = SourceTokenizer.Tokenize(source, _language);
        var hashes = Winnowing.KGramHashes(tokens, _options.K);
        return new FingerprintedSubmission(tokens, hashes, Winnowing.Select(hashes, _options.Window));
    }

    public SimilarityReport Compare(string a, string b) => Compare(Fingerprint(a), Fingerprint(b));

    public SimilarityReport Compare(FingerprintedSubmission a, FingerprintedSubmission b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var boilerA = BoilerplateTokens(a);
        var boilerB = BoilerplateTokens(b);
        var tiles = Tile(a, b, Runs(a, b), boilerA);

        var coveredA = new bool[a.Tokens.Count];
        var coveredB = new bool[b.Tokens.Count];
        foreach (var (startA, startB, length) in tiles)
        {
            Array.Fill(coveredA, true, startA, length);
            Array.Fill(coveredB, true, startB, length);
        }

        var (matchedA, coverageA) = Coverage(coveredA, boilerA);
        var (matchedB, coverageB) = Coverage(coveredB, boilerB);
        var score = Math.Max(coverageA, coverageB);
        var matched = Math.Min(matchedA, matchedB);
        var flagged = score >= _options.Threshold && matched >= _options.MinimumMatchedTokens;
        return new SimilarityReport(score, coverageA, coverageB, matched, flagged, Regions(a, b, tiles));
    }

    /// <summary>Maximal runs of equal tokens through each pair of positions that share a fingerprint outside the skeleton.</summary>
    private HashSet<(int A, int B, int Length)> Runs(FingerprintedSubmission a, FingerprintedSubmission b)
    {
        var positionsInB = b.Fingerprints
            .Where(f => !_boilerplate.Contains(f.Hash))
            .ToLookup(f => f.Hash, f => f.Position);
        var runs = new HashSet<(int, int, int)>();
        var k = _options.K;
        foreach (var fingerprint in a.Fingerprints)
        {
            if (_boilerplate.Contains(fingerprint.Hash))
            {
                continue;
            }

            foreach (var j in positionsInB[fingerprint.Hash])
            {
                var i = fingerprint.Position;
                if (!Equal(a, b, i, j, k))
                {
                    continue; // a hash collision
                }

                var start = 0;
                while (i - start > 0 && j - start > 0 && a.Tokens[i - start - 1].Text == b.Tokens[j - start - 1].Text)
                {
                    start++;
                }

                var end = k;
                while (i + end < a.Tokens.Count && j + end < b.Tokens.Count && a.Tokens[i + end].Text == b.Tokens[j + end].Text)
                {
                    end++;
                }

                runs.Add((i - start, j - start, start + end));
            }
        }

        return runs;
    }

    /// <summary>Greedy tiling, longest run first: each token is in at most one tile on each side; what overlaps a tile is cut away.</summary>
    private List<(int A, int B, int Length)> Tile(FingerprintedSubmission a, FingerprintedSubmission b, HashSet<(int A, int B, int Length)> runs, bool[] boilerA)
    {
        var usedA = new bool[a.Tokens.Count];
        var usedB = new bool[b.Tokens.Count];
        var tiles = new List<(int A, int B, int Length)>();
        foreach (var (startA, startB, length) in runs.OrderByDescending(r => r.Length).ThenBy(r => r.A).ThenBy(r => r.B))
        {
            var offset = 0;
            while (offset < length)
            {
                while (offset < length && (usedA[startA + offset] || usedB[startB + offset]))
                {
                    offset++;
                }

                var from = offset;
                while (offset < length && !usedA[startA + offset] && !usedB[startB + offset])
                {
                    offset++;
                }

                var own = Enumerable.Range(startA + from, offset - from).Count(t => !boilerA[t]);
                if (offset > from && own >= _options.MinimumRegionTokens)
                {
                    Array.Fill(usedA, true, startA + from, offset - from);
                    Array.Fill(usedB, true, startB + from, offset - from);
                    tiles.Add((startA + from, startB + from, offset - from));
                }
            }
        }

        return [.. tiles.OrderBy(t => t.A)];
    }

    /// <summary>Tiles in order in both submissions with small gaps between them become one region.</summary>
    private List<MatchedRegion> Regions(FingerprintedSubmission a, FingerprintedSubmission b, List<(int A, int B, int Length)> tiles)
    {
        var regions = new List<MatchedRegion>();
        var index = 0;
        while (index < tiles.Count)
        {
            var first = tiles[index];
            var last = first;
            var tokens = first.Length;
            while (index + 1 < tiles.Count && Follows(last, tiles[index + 1]))
            {
                last = tiles[++index];
                tokens += last.Length;
            }

            regions.Add(new MatchedRegion(
                Span(a.Tokens, first.A, last.A + last.Length - 1),
                Span(b.Tokens, first.B, last.B + last.Length - 1),
                tokens));
            index++;
        }

        return regions;
    }

    private bool Follows((int A, int B, int Length) previous, (int A, int B, int Length) next)
    {
        var gapA = next.A - (previous.A + previous.Length);
        var gapB = next.B - (previous.B + previous.Length);
        return gapA >= 0 && gapB >= 0 && gapA <= _options.MergeGapTokens && gapB <= _options.MergeGapTokens;
    }

    private bool[] BoilerplateTokens(FingerprintedSubmission submission)
    {
        var boiler = new bool[submission.Tokens.Count];
        for (var i = 0; i < submission.KGramHashes.Count; i++)
        {
            if (_boilerplate.Contains(submission.KGramHashes[i]))
            {
                Array.Fill(boiler, true, i, _options.K);
            }
        }

        return boiler;
    }

    private static (int Matched, double Coverage) Coverage(bool[] covered, bool[] boiler)
    {
        var own = 0;
        var matched = 0;
        for (var i = 0; i < covered.Length; i++)
        {
            if (!boiler[i])
            {
                own++;
                matched += covered[i] ? 1 : 0;
            }
        }

        return (matched, own == 0 ? 0 : (double)matched / own);
    }

    private static bool Equal(FingerprintedSubmission a, FingerprintedSubmission b, int i, int j, int length)
    {
        for (var t = 0; t < length; t++)
        {
            if (a.Tokens[i + t].Text != b.Tokens[j + t].Text)
            {
                return false;
            }
        }

        return true;
    }

    private static SourceRange Span(IReadOnlyList<SourceToken> tokens, int first, int last) =>
        new(tokens[first].StartLine, tokens[first].StartColumn, tokens[last].EndLine, tokens[last].EndColumn);
}
