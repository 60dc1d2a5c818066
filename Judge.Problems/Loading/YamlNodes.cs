using System.Globalization;
using System.Text.Json.Nodes;
using Judge.Problems.Model;
using YamlDotNet.RepresentationModel;

namespace Judge.Problems.Loading;

/// <summary>
/// Typed reads from a YAML node tree that fail with the file, line and column of the node at
/// fault. The representation model keeps positions, which a plain deserializer loses.
/// </summary>
internal sealed class YamlNodes(string file)
{
    public string File => file;

    public static SourcePosition At(YamlNode node) => new(node.Start.Line, node.Start.Column);

    public SpecException Error(YamlNode node, string problem) =>
        new(file, node.Start.Line, node.Start.Column, problem);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value)");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list");

    /// <summary>Rejects keys outside the allowed set, so a typo is an error and not a silently ignored field.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(name))
            {
                throw Error(key, $"unknown key '{name}' in {what}; allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    public static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlNode Required(YamlMappingNode map, string key, string what) =>
        Optional(map, key) ?? throw Error(map, $"{what} is missing required key '{key}'");

    public string String(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } && value.Length > 0
            ? value
            : throw Error(node, $"{what} must be a non-empty text value");

    public int Int(YamlNode node, string what, int min, int max)
    {
        if (node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        throw Error(node, $"{what} must be a whole number from {min} to {max}");
    }

    /// <summary>Converts a YAML value to JSON, checking it against the signature type on the way.</summary>
    public JsonNode Value(YamlNode node, Model.ValueType type, string what)
    {
        if (type.IsArray)
        {
            var seq = node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list ({type})");
            var array = new JsonArray();
            var i = 0;
            foreach (var item in seq.Children)
            {
                array.Add(Value(item, type.Element, $"{what}[{i++}]"));
            }

            return array;
        }

        if (node is not YamlScalarNode { Value: { } text } scalar)
        {
            throw Error(node, $"{what} must be a single {type} value");
        }

        var invariant = CultureInfo.InvariantCulture;
        JsonNode? result = type.Scalar switch
        {
            "int" when int.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var i) => JsonValue.Create(i),
            "long" when long.TryParse(text, NumberStyles.AllowLeadingSign, invariant, out var l) => JsonValue.Create(l),
            "double" when double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) => JsonValue.Create(d),
            "bool" when text is "true" or "false" => JsonValue.Create(text == "true"),
            "string" => JsonValue.Create(scalar.Value),
            _ => null,
        };

        return result ?? throw Error(node, $"{what} must be {Describe(type.Scalar)}, got '{text}'");
    }

    private static string Describe(string scalar) => scalar switch
    {
        "int" => $"an int ({int.MinValue} to {int.MaxValue})",
        "long" => $"a long ({long.MinValue} to {long.MaxValue})",
        "double" => "a finite number",
        "bool" => "true or false",
        _ => scalar,
    };
}
