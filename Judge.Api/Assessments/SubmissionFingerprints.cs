using System.Diagnostics.CodeAnalysis;
using Judge.Core.Integrity;
using Microsoft.Extensions.Caching.Memory;

namespace Judge.Api.Assessments;

/// <summary>
/// Fingerprinted final submissions kept in this process, by submission id. A submission's code never
/// changes, so an entry never goes stale; the cache only spares the report the tokenizing, about half
/// the cost of comparing one task against a few hundred others (see <see cref="ReportSimilarity"/>).
/// </summary>
public sealed class SubmissionFingerprints : IDisposable
{
    /// <summary>
    /// Tokens kept at most (some 60 bytes each with their hashes and kept keyword text): 500,000 tokens,
    /// ~30 MB, are over a thousand submissions of typical length, the most-read tasks' crowds.
    /// </summary>
    public const long DefaultTokenBudget = 500_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = DefaultTokenBudget });

    /// <summary>The submission's fingerprints if this process has them.</summary>
    public bool TryGet(Guid submissionId, [NotNullWhen(true)] out FingerprintedSubmission? fingerprinted) =>
        _cache.TryGetValue(submissionId, out fingerprinted) && fingerprinted is not null;

    /// <summary>Fingerprints the submission's code with <paramref name="detector"/> and keeps the result.</summary>
    /// <remarks>Fingerprints depend only on the code, the language and the k-gram and window sizes, which are fixed; the skeleton matters only when comparing.</remarks>
    public FingerprintedSubmission Add(Guid submissionId, string code, SimilarityDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        var fingerprinted = detector.Fingerprint(code);
        _cache.Set(submissionId, fingerprinted, new MemoryCacheEntryOptions { Size = Math.Max(1, fingerprinted.Tokens.Count) });
        return fingerprinted;
    }

    public void Dispose() => _cache.Dispose();
}
