namespace Judge.Worker.Complexity;

/// <summary>
/// A complexity class the judge can name: g(n) = n^Power · log2(n)^LogPower, or 2^n.
/// Names are spelled as <see cref="Judge.Problems.Model.ComplexitySpec.Classes"/> spells them.
/// </summary>
public sealed record ComplexityClass(string Name, int Power, int LogPower, bool Exponential = false)
{
    public static readonly ComplexityClass Constant = new("O(1)", 0, 0);
    public static readonly ComplexityClass Log = new("O(log n)", 0, 1);
    public static readonly ComplexityClass Linear = new("O(n)", 1, 0);
    public static readonly ComplexityClass Linearithmic = new("O(n log n)", 1, 1);
    public static readonly ComplexityClass Quadratic = new("O(n^2)", 2, 0);
    public static readonly ComplexityClass QuadraticLog = new("O(n^2 log n)", 2, 1);
    public static readonly ComplexityClass Cubic = new("O(n^3)", 3, 0);
    public static readonly ComplexityClass Exponential2 = new("O(2^n)", 0, 0, Exponential: true);

    /// <summary>All classes, slowest-growing first (the order of ComplexitySpec.Classes).</summary>
    public static readonly IReadOnlyList<ComplexityClass> All =
        [Constant, Log, Linear, Linearithmic, Quadratic, QuadraticLog, Cubic, Exponential2];

    public bool IsConstant => this == Constant;

    /// <summary>Position in <see cref="All"/>: a class of higher rank grows faster.</summary>
    public int Rank => All.Select((c, i) => (c, i)).First(x => x.c == this).i;

    /// <summary>g(n). Callers keep n ≤ 1023 for 2^n (beyond that it overflows a double).</summary>
    public double Growth(double n) =>
        Exponential ? Math.Pow(2, n) : Math.Pow(n, Power) * Math.Pow(Math.Log2(n), LogPower);

    public static ComplexityClass? Find(string name) => All.FirstOrDefault(c => c.Name == name);

    /// <summary>The class of f·g (O(n) × O(log n) = O(n log n)); null when the judge has no name for it.</summary>
    public static ComplexityClass? Product(ComplexityClass left, ComplexityClass right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Exponential || right.Exponential)
            return left.IsConstant ? right : right.IsConstant ? left : null;
        return All.FirstOrDefault(c => !c.Exponential && c.Power == left.Power + right.Power && c.LogPower == left.LogPower + right.LogPower);
    }

    /// <summary>This class without its log factor (O(n log n) → O(n)); itself when it has none.</summary>
    public ComplexityClass WithoutLog() =>
        LogPower == 0 ? this : All.First(c => !c.Exponential && c.Power == Power && c.LogPower == 0);

    /// <summary>True when the two are equal or differ by exactly one log factor.</summary>
    public bool WithinOneLogFactorOf(ComplexityClass other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (this == other)
            return true;
        return !Exponential && !other.Exponential && Power == other.Power && Math.Abs(LogPower - other.LogPower) == 1;
    }

    public override string ToString() => Name;
}
