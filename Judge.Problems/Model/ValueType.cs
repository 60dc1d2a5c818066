using System.Text.Json.Nodes;

namespace Judge.Problems.Model;

/// <summary>
/// A type in a task signature: a scalar (int, long, double, bool, string) wrapped in zero or more
/// array levels, written as in the design ("int[]", "string[]", "int[][]").
/// </summary>
public sealed record ValueType(string Scalar, int Rank)
{
    /// <summary>The scalar names a signature may use.</summary>
    public static readonly IReadOnlyList<string> Scalars = ["int", "long", "double", "bool", "string"];

    public bool IsArray => Rank > 0;

    public ValueType Element => Rank > 0
        ? this with { Rank = Rank - 1 }
        : throw new InvalidOperationException($"{this} is not an array");

    public static bool TryParse(string? text, out ValueType type)
    {
        type = new ValueType("int", 0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var scalar = text.Trim();
        var rank = 0;
        while (scalar.EndsWith("[]", StringComparison.Ordinal))
        {
            scalar = scalar[..^2];
            rank++;
        }

        if (!Scalars.Contains(scalar))
        {
            return false;
        }

        type = new ValueType(scalar, rank);
        return true;
    }

    public static ValueType Parse(string text) =>
        TryParse(text, out var type)
            ? type
            : throw new FormatException($"'{text}' is not a supported type; allowed: {string.Join(", ", Scalars)} and arrays of them (e.g. int[], string[][])");

    /// <summary>Whether a JSON value is of this type (ints within their range, no nulls).</summary>
    public bool Accepts(JsonNode? node)
    {
        if (node is null)
        {
            return false;
        }

        if (IsArray)
        {
            return node is JsonArray array && array.All(Element.Accepts);
        }

        if (node is not JsonValue value)
        {
            return false;
        }

        return Scalar switch
        {
            "int" => JsonNumbers.TryInteger(value, out var i) && i is >= int.MinValue and <= int.MaxValue,
            "long" => JsonNumbers.TryInteger(value, out _),
            "double" => JsonNumbers.TryDouble(value, out _),
            "bool" => value.TryGetValue<bool>(out _),
            "string" => value.TryGetValue<string>(out _),
            _ => false,
        };
    }

    public override string ToString() => Scalar + string.Concat(Enumerable.Repeat("[]", Rank));
}
