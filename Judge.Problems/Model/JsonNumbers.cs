using System.Text.Json;
using System.Text.Json.Nodes;

namespace Judge.Problems.Model;

/// <summary>Reads numbers from JSON nodes the same way whether they were built from CLR values or parsed from text.</summary>
public static class JsonNumbers
{
    /// <summary>An integral JSON number, whether the node was built from a CLR value or parsed text ("6.0" is not).</summary>
    public static bool TryInteger(JsonValue value, out long result)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.TryGetValue(out JsonElement element))
        {
            result = 0;
            return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out result);
        }

        if (value.TryGetValue(out int i))
        {
            result = i;
            return true;
        }

        return value.TryGetValue(out result);
    }

    public static bool TryDouble(JsonValue value, out double result)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.TryGetValue(out JsonElement element))
        {
            result = 0;
            return element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out result);
        }

        if (TryInteger(value, out var l))
        {
            result = l;
            return true;
        }

        return value.TryGetValue(out result);
    }
}
