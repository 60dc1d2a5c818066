namespace Judge.Core.Integrity;

/// <summary>
/// The knobs of similarity detection. The defaults were tuned on the bank (see
/// <c>Judge.Tests/Integrity/</c>): disguised copies of a reference score 0.80–1.00 in every
/// language, correct solutions written independently 0.00–0.35 — except a 40-token textbook
/// Kadane in Python at 0.53, which only <see cref="MinimumMatchedTokens"/> keeps unflagged.
/// </summary>
public sealed class SimilarityOptions
{
    /// <summary>k-gram length in tokens: no match shorter than this is ever seen (MOSS's noise threshold).</summary>
    public const int DefaultK = 10;

    /// <summary>Winnowing window: any shared run of K + Window - 1 tokens is guaranteed to be found.</summary>
    public const int DefaultWindow = 5;

    /// <summary>
    /// A matched run counts only with at least this many tokens outside the skeleton: a shared
    /// <c>for</c> header or a swap is an idiom, not a copy.
    /// </summary>
    public const int DefaultMinimumRegionTokens = 20;

    /// <summary>Matched runs at most this many tokens apart in both submissions show as one region (a changed type, an added cast).</summary>
    public const int DefaultMergeGapTokens = 4;

    /// <summary>
    /// Flag when this share of one submission's own tokens (outside the skeleton) lies in regions
    /// matched with the other. Sits between the bank's copies (≥ 0.80) and independent solutions (≤ 0.35).
    /// </summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>
    /// And at least this many matched tokens: two near-empty submissions (the skeleton plus a line)
    /// are alike without anything having been copied.
    /// </summary>
    public const int DefaultMinimumMatchedTokens = 30;

    public static SimilarityOptions Default { get; } = new();

    public int K { get; init; } = DefaultK;

    public int Window { get; init; } = DefaultWindow;

    public int MinimumRegionTokens { get; init; } = DefaultMinimumRegionTokens;

    public int MergeGapTokens { get; init; } = DefaultMergeGapTokens;

    public double Threshold { get; init; } = DefaultThreshold;

    public int MinimumMatchedTokens { get; init; } = DefaultMinimumMatchedTokens;
}
