using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Judge.Core.Data;

namespace Judge.Tests.Deploy;

/// <summary>
/// Which configuration keys a host really reads, derived from its code: options classes bound by
/// their SectionName (walked property by property), keys written as string constants or literals in
/// its sources, and the connection string's name. An environment variable in a deploy file must
/// map to one of them, or to a framework setting of the short list below.
/// </summary>
internal sealed partial class ConfigurationKeys
{
    /// <summary>Settings read by ASP.NET Core itself, not by our code (each named in README).</summary>
    private static readonly HashSet<string> FrameworkVariables = new(StringComparer.OrdinalIgnoreCase)
    {
        "ASPNETCORE_HTTP_PORTS",                // Kestrel's listening ports
        "ASPNETCORE_FORWARDEDHEADERS_ENABLED",  // X-Forwarded-For behind a proxy (README, "Rate limits")
    };

    private readonly Dictionary<string, Type> _sections = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _keys = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _host;

    private ConfigurationKeys(string host, IEnumerable<Assembly> assemblies, IEnumerable<string> projects)
    {
        _host = host;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            {
                var value = (string)field.GetRawConstantValue()!;
                if (field.Name == "SectionName")
                {
                    _sections[value] = type;
                }
                else if (KeyPattern().IsMatch(value))
                {
                    _keys.Add(value);
                }
            }
        }

        foreach (var (_, text) in projects.SelectMany(DeployManifests.Sources))
        {
            foreach (Match m in KeyLiteralPattern().Matches(text))
            {
                _keys.Add(m.Groups[1].Value);
            }
        }

        _keys.Add($"ConnectionStrings:{JudgeStorage.ConnectionStringName}");
    }

    /// <summary>What the API host (Judge.Api with Judge.Core and Judge.Problems) reads.</summary>
    public static ConfigurationKeys Api { get; } = new(
        "judge-api",
        [typeof(Program).Assembly, typeof(JudgeStorage).Assembly, typeof(Judge.Problems.Loading.ProblemBank).Assembly],
        ["Judge.Api", "Judge.Core", "Judge.Problems"]);

    /// <summary>What `Judge.Worker serve` (with Judge.Core and Judge.Problems) reads.</summary>
    public static ConfigurationKeys Worker { get; } = new(
        "judge-worker",
        [typeof(Judge.Worker.WorkerHost).Assembly, typeof(JudgeStorage).Assembly, typeof(Judge.Problems.Loading.ProblemBank).Assembly],
        ["Judge.Worker", "Judge.Core", "Judge.Problems"]);

    public static ConfigurationKeys? ForImage(string imageName) => imageName switch
    {
        "judge-api" => Api,
        "judge-worker" => Worker,
        _ => null,
    };

    /// <summary>Null when the host reads the variable, otherwise why not.</summary>
    public string? Problem(string variable)
    {
        if (FrameworkVariables.Contains(variable))
        {
            return null;
        }

        // Both hosts also read JUDGE_-prefixed variables (the prefix is dropped).
        var name = variable.StartsWith("JUDGE_", StringComparison.Ordinal) ? variable["JUDGE_".Length..] : variable;
        var key = name.Replace("__", ":", StringComparison.Ordinal);
        if (_keys.Contains(key))
        {
            return null;
        }

        var segments = key.Split(':');
        if (_sections.TryGetValue(segments[0], out var type))
        {
            return Walk(type, segments, 1) is { } why ? $"{variable}: {why} ({type.Name}, section {segments[0]})" : null;
        }

        return $"{variable}: no options section '{segments[0]}' and no key '{key}' in the code of {_host}";
    }

    /// <summary>Follows the key's segments through the options type the way the binder would.</summary>
    private static string? Walk(Type type, string[] segments, int at)
    {
        if (at == segments.Length)
        {
            return null;
        }

        if (type != typeof(string) && type.GetInterfaces().Concat([type]).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable)
        {
            var element = enumerable.GetGenericArguments()[0];
            if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>))
            {
                return Walk(element.GetGenericArguments()[1], segments, at + 1);
            }

            return int.TryParse(segments[at], out _) ? Walk(element, segments, at + 1) : $"'{segments[at]}' is not an index of a list";
        }

        var property = type.GetProperty(segments[at], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property is null)
        {
            return $"no property '{segments[at]}' on {type.Name}";
        }

        var bindable = property.CanWrite || (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            || (at + 1 < segments.Length && property.PropertyType.IsClass);
        return bindable ? Walk(property.PropertyType, segments, at + 1) : $"'{segments[at]}' cannot be set";
    }

    /// <summary>A configuration key: Section:Key[:More], each part a name.</summary>
    [GeneratedRegex("^[A-Z][A-Za-z0-9]*(:[A-Z][A-Za-z0-9]*)+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("\"([A-Z][A-Za-z0-9]*(?::[A-Z][A-Za-z0-9]*)+)\"")]
    private static partial Regex KeyLiteralPattern();
}
