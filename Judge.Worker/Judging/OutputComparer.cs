using System.Text.Json.Nodes;
using Judge.Problems.Model;

namespace Judge.Worker.Judging;

/// <summary>
/// Compares a program's value with the expected one, outside the sandbox, by the signature's
/// return type: integers must be integral JSON numbers, doubles match within a tolerance,
/// strings exactly, arrays element by element. Anything of the wrong shape is simply not equal.
/// </summary>
public static class OutputComparer
{
    /// <summary>Absolute or relative tolerance for doubles (whichever is looser).</summary>
    public const double DoubleTolerance = 1e-6;

    public static bool AreEqual(JsonNode? expected, JsonNode? actual, Problems.Model.ValueType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (expected is null || actual is null)
        {
            return false;
        }

        if (type.IsArray)
        {
            if (expected is not JsonArray e || actual is not JsonArray a || e.Count != a.Count)
            {
                return false;
            }

            for (var i = 0; i < e.Count; i++)
            {
                if (!AreEqual(e[i], a[i], type.Element))
                {
                    return false;
                }
            }

            return true;
        }

        if (expected is not JsonValue ev || actual is not JsonValue av)
        {
            return false;
        }

        return type.Scalar switch
        {
            "int" or "long" => JsonNumbers.TryInteger(ev, out var el) && JsonNumbers.TryInteger(av, out var al) && el == al,
            "double" => JsonNumbers.TryDouble(ev, out var ed) && JsonNumbers.TryDouble(av, out var ad) && Close(ed, ad),
            "bool" => ev.TryGetValue<bool>(out var eb) && av.TryGetValue<bool>(out var ab) && eb == ab,
            "string" => ev.TryGetValue<string>(out var es) && av.TryGetValue<string>(out var @as) && string.Equals(es, @as, StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool Close(double expected, double actual) =>
        double.IsFinite(actual) && Math.Abs(expected - actual) <= DoubleTolerance * Math.Max(1.0, Math.Abs(expected));

    /// <summary>A short JSON rendering for "got X, expected Y" messages.</summary>
    public static string Show(JsonNode? node, int max = 200)
    {
        var text = node?.ToJsonString() ?? "nothing";
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
    }
}
