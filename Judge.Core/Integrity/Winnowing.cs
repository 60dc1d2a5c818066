namespace Judge.Core.Integrity;

/// <summary>A selected k-gram: its hash and the index of its first token.</summary>
public readonly record struct Fingerprint(ulong Hash, int Position);

/// <summary>
/// Winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: Local Algorithms for Document
/// Fingerprinting", SIGMOD 2003 — the algorithm behind MOSS): hash every k-gram of tokens, then in
/// every window of <c>w</c> consecutive hashes keep the minimum (the rightmost on ties, recorded once).
/// Any shared run of at least <c>k + w - 1</c> tokens yields a shared fingerprint; no run shorter
/// than <c>k</c> can.
/// </summary>
public static class Winnowing
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong Base = 1_000_003;

    /// <summary>The hash of every k-gram, index i covering tokens i..i+k-1; empty when there are fewer than k tokens.</summary>
    /// <remarks>Deterministic across processes (FNV-1a per token, polynomial per k-gram), so fingerprints can be stored.</remarks>
    public static ulong[] KGramHashes(IReadOnlyList<SourceToken> tokens, int k)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        if (tokens.Count < k)
        {
            return [];
        }

        var tokenHashes = tokens.Select(t => TokenHash(t.Text)).ToArray();
        var power = 1UL;
        for (var i = 1; i < k; i++)
        {
            power *= Base;
        }

        var hashes = new ulong[tokens.Count - k + 1];
        var rolling = 0UL;
        for (var i = 0; i < tokenHashes.Length; i++)
        {
            if (i >= k)
            {
                rolling -= tokenHashes[i - k] * power;
            }

            rolling = (rolling * Base) + tokenHashes[i];
            if (i >= k - 1)
            {
                hashes[i - k + 1] = Mix(rolling);
            }
        }

        return hashes;
    }

    /// <summary>Robust winnowing over <paramref name="hashes"/> with windows of <paramref name="window"/> hashes.</summary>
    public static IReadOnlyList<Fingerprint> Select(IReadOnlyList<ulong> hashes, int window)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var selected = new List<Fingerprint>();
        if (hashes.Count == 0)
        {
            return selected;
        }

        // A document shorter than one window is one window.
        var windows = Math.Max(1, hashes.Count - window + 1);
        var last = -1;
        for (var start = 0; start < windows; start++)
        {
            var end = Math.Min(hashes.Count, start + window);
            var best = start;
            for (var i = start + 1; i < end; i++)
            {
                if (hashes[i] <= hashes[best])
                {
                    best = i;
                }
            }

            if (best != last)
            {
                selected.Add(new Fingerprint(hashes[best], best));
                last = best;
            }
        }

        return selected;
    }

    private static ulong TokenHash(string text)
    {
        var hash = FnvOffset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    // splitmix64's finaliser: spreads polynomial hashes so the window minimum is a fair sample.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9;
        x = (x ^ (x >> 27)) * 0x94d049bb133111eb;
        return x ^ (x >> 31);
    }
}
