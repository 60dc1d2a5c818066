using Judge.Core.Integrity;

namespace Judge.Tests.Integrity;

[TestFixture]
public sealed class WinnowingTests
{
    private static List<SourceToken> Tokens(IEnumerable<string> texts) => [.. texts.Select((t, i) => new SourceToken(t, 1, i + 1, 1, i + 1))];

    [Test]
    public void Select_KeepsEachWindowsMinimum_RightmostOnTies_RecordedOnce()
    {
        var selected = Winnowing.Select([5, 3, 3, 7, 1, 9], window: 3);
        Assert.That(selected, Is.EqualTo(new[] { new Fingerprint(3, 2), new Fingerprint(1, 4) }));
    }

    [Test]
    public void Select_TakesTheMinimumOfAShortDocument() =>
        Assert.That(Winnowing.Select([8, 2, 6], window: 5), Is.EqualTo(new[] { new Fingerprint(2, 1) }));

    [Test]
    public void KGramHashes_AreEmpty_WhenThereAreFewerTokensThanK() =>
        Assert.That(Winnowing.KGramHashes(Tokens(["a", "b"]), k: 3), Is.Empty);

    [Test]
    public void KGramHashes_AreStableAcrossProcesses()
    {
        // Fingerprints may be stored: a change of hash function must be a deliberate one.
        var hashes = Winnowing.KGramHashes(Tokens(["I", "=", "N", ";"]), k: 3);
        Assert.That(hashes, Is.EqualTo(new[] { 0x9440_643B_19EE_9DADUL, 0x7BA0_E69E_711F_18ADUL }));
    }

    [Test]
    public void SharedRunOfKPlusWindowMinusOneTokens_AlwaysSharesAFingerprint()
    {
        const int k = 5, window = 4;
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            string Word() => ((char)('a' + random.Next(26))).ToString();
            var shared = Enumerable.Range(0, k + window - 1).Select(_ => Word()).ToList();
            var a = Enumerable.Range(0, random.Next(30)).Select(_ => Word()).Concat(shared).Concat(Enumerable.Range(0, 20).Select(_ => Word()));
            var b = Enumerable.Range(0, random.Next(30)).Select(_ => Word()).Concat(shared).Concat(Enumerable.Range(0, 20).Select(_ => Word()));
            var fa = Winnowing.Select(Winnowing.KGramHashes(Tokens(a), k), window).Select(f => f.Hash);
            var fb = Winnowing.Select(Winnowing.KGramHashes(Tokens(b), k), window).Select(f => f.Hash);
            Assert.That(fa.Intersect(fb), Is.Not.Empty, $"seed {seed}");
        }
    }
}
