namespace Judge.Tests.Complexity;

/// <summary>
/// JavaScript's operation counts in probe samples (harness.js: V8 block coverage of a fresh copy of
/// solution.js, built-ins charged by their receiver's length), in the real sandbox.
/// </summary>
[TestFixture]
public sealed class OpsCountingJavaScriptTests : ScriptOpsCountingTests
{
    private const string Loop = """
        function solution(a) {
          let s = 0;
          for (const x of a) {
            s += x;
          }
          return s;
        }
        """;

    private const string Nested = """
        function solution(a) {
          let s = 0;
          for (let i = 0; i < a.length; i++) {
            for (let j = 0; j < a.length; j++) {
              s += a[i] ^ a[j];
            }
          }
          return s;
        }
        """;

    private const string DefaultSort = """
        const solution = (a) => a.sort()[0];
        module.exports = solution;
        """;

    private const string ComparatorSort = """
        function solution(a) {
          a.sort((x, y) => x - y);
          return a[0];
        }
        """;

    private const string ArrayMembership = """
        function solution(a) {
          const seen = [];
          for (const x of a) {
            if (!seen.includes(x)) seen.push(x);
          }
          return seen.length;
        }
        """;

    private const string SpreadCopy = """
        function solution(a) {
          return Math.max(...a);
        }
        """;

    protected override string Language => "javascript";

    protected override string SingleLoop => Loop;

    protected override string NestedLoops => Nested;

    protected override IReadOnlyList<string> SortsOrHeaps => [DefaultSort, ComparatorSort];

    protected override string Membership => ArrayMembership;

    protected override (string Code, string Why) HiddenWork => (SpreadCopy, "Math.max(...a) scans a where the count cannot see");

    protected override int TooSlowToCount => 6000;

    [Test]
    public async Task Ops_DoNotJump_WhenABranchRunsAsOftenAsItsLoop()
    {
        // V8 merges a block range into its parent when their counts are equal: summing range counts gave n + 1
        // when every element took the branch and 2n when one did not. Characters executed do not jump.
        const string countNonNegative = """
            function solution(a) {
              let c = 0;
              for (const x of a) {
                if (x >= 0) c++;
              }
              return c;
            }
            """;
        var all = OpsProbe.RandomArray(1000);
        var allButOne = OpsProbe.RandomArray(1000);
        allButOne[0]!.AsArray()[0] = -1;

        var samples = await Probe.SamplesAsync(countNonNegative, [all, allButOne]);

        Assert.That(samples[1].Ops!.Value / samples[0].Ops!.Value, Is.InRange(0.98, 1.0), $"{samples[0].Ops} then {samples[1].Ops}");
    }

    [Test]
    public async Task Ops_ChargeTheCopy_OfNewSetAndArrayFrom()
    {
        const string distinct = """
            function solution(a) {
              return Array.from(new Set(a)).length;
            }
            """;

        var samples = await Probe.SamplesAsync(distinct, [.. new[] { 1024, 2048, 4096 }.Select(n => OpsProbe.RandomArray(n))]);

        Assert.Multiple(() =>
        {
            Assert.That(OpsProbe.Ratios(samples), Has.All.InRange(1.9, 2.1));
            Assert.That(samples.Select(s => s.OpsComplete), Has.All.True, "both copies are charged by their size");
        });
    }
}
