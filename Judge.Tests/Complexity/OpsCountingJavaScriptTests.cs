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
}
