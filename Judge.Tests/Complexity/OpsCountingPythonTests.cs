namespace Judge.Tests.Complexity;

/// <summary>
/// Python's operation counts in probe samples (harness.py: traced lines and calls of solution.py,
/// library calls charged by their size), in the real sandbox.
/// </summary>
[TestFixture]
public sealed class OpsCountingPythonTests : ScriptOpsCountingTests
{
    private const string Loop = """
        def solution(a):
            s = 0
            for x in a:
                s += x
            return s
        """;

    private const string Nested = """
        def solution(a):
            s = 0
            for x in a:
                for y in a:
                    s += x ^ y
            return s
        """;

    private const string LibrarySort = """
        def solution(a):
            return sorted(a)[0]
        """;

    private const string HeapSort = """
        import heapq

        def solution(a):
            h = []
            for x in a:
                heapq.heappush(h, x)
            return [heapq.heappop(h) for _ in range(len(a))][0]
        """;

    private const string ListMembership = """
        def solution(a):
            seen = []
            for x in a:
                if x not in seen:
                    seen.append(x)
            return len(seen)
        """;

    private const string CounterCopy = """
        from collections import Counter

        def solution(a):
            return max(Counter(a).values())
        """;

    protected override string Language => "python";

    protected override string SingleLoop => Loop;

    protected override string NestedLoops => Nested;

    protected override IReadOnlyList<string> SortsOrHeaps => [LibrarySort, HeapSort];

    // Each x in list scans the list: quadratic, though every line runs once per element.
    protected override string Membership => ListMembership;

    protected override (string Code, string Why) HiddenWork => (CounterCopy, "Counter(a) ran library Python code the count did not see");

    protected override int TooSlowToCount => 2000;
}
