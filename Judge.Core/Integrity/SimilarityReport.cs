namespace Judge.Core.Integrity;

/// <summary>A stretch of source text: 1-based lines and columns, end inclusive.</summary>
public readonly record struct SourceRange(int StartLine, int StartColumn, int EndLine, int EndColumn);

/// <summary>One region matched between submissions A and B, to show side by side; <paramref name="Tokens"/> counts the matched tokens in it.</summary>
public sealed record MatchedRegion(SourceRange A, SourceRange B, int Tokens);

/// <summary>
/// How alike two submissions are. <see cref="CoverageA"/> is the share of A's tokens outside the
/// skeleton that lie in regions matched with B (likewise <see cref="CoverageB"/>); <see cref="Score"/>
/// is the larger, so a copy padded with extra code still scores as the copy it contains.
/// </summary>
public sealed record SimilarityReport(
    double Score,
    double CoverageA,
    double CoverageB,
    int MatchedTokens,
    bool Flagged,
    IReadOnlyList<MatchedRegion> Regions);
