// Operation counter for complexity probes only: compiled in when CSharpOpsInstrumenter has rewritten
// Solution.cs (never in the judged program). The rewrite adds Count++ at every loop body and every
// method, local function and lambda entry, and routes library calls whose cost is not O(1) through
// the charging helpers below, which add that cost from the actual sizes at run time.
// The harness reads Count and Complete by reflection (it is compiled without this file when judging).
using System.Collections;
using System.Numerics;

internal static partial class JudgeOps
{
    public static long Count;

    /// <summary>Set when a charge could not be sized (an OrderBy over a lazy sequence): the count missed work.</summary>
    public static bool Unsized;

    private static long s_pending;

    public static void Reset()
    {
        Count = 0;
        Unsized = false;
    }

    private static void Charge(long n) => Count += Math.Max(1, n);

    private static long Log(long n) => BitOperations.Log2((ulong)Math.Max(1, n)) + 1;

    private static long NLogN(long n) => n <= 1 ? 1 : (long)Math.Round(n * Math.Log2(n));

    /// <summary>A call linear in the size of <paramref name="c"/> (a scan, a copy).</summary>
    public static T Lin<T>(T c, Func<T, int> size)
    {
        if (c is not null) Charge(size(c));
        return c;
    }

    /// <summary>A call of log2(size) (a balanced tree's or a heap's operation, a binary search).</summary>
    public static T Lg<T>(T c, Func<T, int> size)
    {
        if (c is not null) Charge(Log(size(c)));
        return c;
    }

    /// <summary>A comparison sort of size·log2(size).</summary>
    public static T Sort<T>(T c, Func<T, int> size)
    {
        if (c is not null) Charge(NLogN(size(c)));
        return c;
    }

    /// <summary>A call whose cost is the size of what it returns (Substring, Join, string +).</summary>
    public static string Str(string s)
    {
        Charge(s?.Length ?? 1);
        return s!;
    }

    /// <summary>A call whose cost is a number it is given (Array.Resize's new length).</summary>
    public static int Num(int n)
    {
        Charge(n);
        return n;
    }

    /// <summary>List.Insert/RemoveAt: the receiver's size now, the shifted tail charged by <see cref="At"/>.</summary>
    public static T Pend<T>(T c, Func<T, int> size)
    {
        s_pending = c is null ? 0 : size(c);
        return c;
    }

    public static int At(int index)
    {
        Charge(s_pending - index);
        return index;
    }

    /// <summary>
    /// A LINQ source: a sequence that knows its size costs that size; a lazy one is counted element by
    /// element as it is enumerated (so a Where(...).Count() costs what it walks).
    /// </summary>
    public static IEnumerable<T> Seq<T>(IEnumerable<T> source)
    {
        if (source is null) return source!;
        if (source.TryGetNonEnumeratedCount(out var n))
        {
            Charge(n);
            return source;
        }

        return Each(source);
    }

    /// <summary>A LINQ call that is O(1) on a sized source (Count(), First(), Any()): only a lazy one costs its walk.</summary>
    public static IEnumerable<T> SeqLazy<T>(IEnumerable<T> source)
    {
        if (source is null) return source!;
        if (source.TryGetNonEnumeratedCount(out _))
        {
            Charge(1);
            return source;
        }

        return Each(source);
    }

    /// <summary>OrderBy and kin: size·log2(size) when the source knows its size; otherwise the count is incomplete.</summary>
    public static IEnumerable<T> SeqSort<T>(IEnumerable<T> source)
    {
        if (source is null) return source!;
        if (source.TryGetNonEnumeratedCount(out var n))
        {
            Charge(NLogN(n));
            return source;
        }

        Unsized = true;
        return Each(source);
    }

    private static IEnumerable<T> Each<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            Count++;
            yield return item;
        }
    }

    /// <summary>Size of a non-generic collection argument (ICollection), for constructors taking one.</summary>
    public static int SizeOf(object? c) => c switch
    {
        ICollection x => x.Count,
        string s => s.Length,
        _ => 1,
    };
}
