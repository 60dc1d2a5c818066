using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Judge.Tests.Deploy;

/// <summary>One container as a deploy file declares it: where, which image, its environment and ports.</summary>
internal sealed record DeployContainer(
    string Source,
    string Name,
    string Image,
    IReadOnlyDictionary<string, string?> Environment,
    IReadOnlyDictionary<string, int> Ports,
    IReadOnlyList<DeployProbe> Probes,
    IReadOnlyList<(string Volume, string MountPath)> Mounts,
    Dictionary<object, object> Raw)
{
    /// <summary>The image's name without its tag.</summary>
    public string ImageName => Image.Split(':')[0];

    /// <summary>The sandboxd role runs the worker image with another entrypoint; it is not the worker.</summary>
    public bool IsSandboxDaemon => Name == "sandboxd";
}

/// <summary>An HTTP probe: a path on a port, named (Kubernetes) or numbered.</summary>
internal sealed record DeployProbe(string Kind, string Path, string Port);

/// <summary>Reads deploy/compose.yaml and deploy/k8s/*.yaml into plain YAML trees and containers.</summary>
internal static partial class DeployManifests
{
    public static readonly string Root = RepositoryRoot();

    public static string DeployPath(params string[] parts) => Path.Combine([Root, "deploy", .. parts]);

    /// <summary>Every YAML document of a file, as dictionaries, lists and strings.</summary>
    public static List<Dictionary<object, object>> Documents(string path)
    {
        var deserializer = new DeserializerBuilder().Build();
        using var reader = new StreamReader(path);
        var parser = new Parser(reader);
        parser.Consume<StreamStart>();
        var documents = new List<Dictionary<object, object>>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (deserializer.Deserialize<object>(parser) is Dictionary<object, object> document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public static IEnumerable<string> KubernetesFiles() =>
        Directory.GetFiles(DeployPath("k8s"), "*.yaml").Where(f => Path.GetFileName(f) != "kustomization.yaml").Order(StringComparer.Ordinal);

    public static List<Dictionary<object, object>> KubernetesObjects() => [.. KubernetesFiles().SelectMany(Documents)];

    public static Dictionary<object, object> Compose() => Documents(DeployPath("compose.yaml")).Single();

    public static Dictionary<object, object> Kustomization() => Documents(DeployPath("k8s", "kustomization.yaml")).Single();

    public static Dictionary<object, object> Map(object? node, string key) =>
        Get(node, key) as Dictionary<object, object> ?? [];

    public static List<object> List(object? node, string key) => Get(node, key) as List<object> ?? [];

    public static string? Str(object? node, string key) => Get(node, key) as string;

    public static object? Get(object? node, string key) =>
        node is Dictionary<object, object> map && map.TryGetValue(key, out var value) ? value : null;

    /// <summary>The containers and init containers of every Deployment and StatefulSet.</summary>
    public static List<DeployContainer> KubernetesContainers()
    {
        var objects = KubernetesObjects();
        var configMaps = objects.Where(o => Str(o, "kind") == "ConfigMap")
            .ToDictionary(o => Str(Map(o, "metadata"), "name")!, o => Map(o, "data"));
        var containers = new List<DeployContainer>();
        foreach (var workload in objects.Where(o => Str(o, "kind") is "Deployment" or "StatefulSet"))
        {
            var pod = Map(Map(Map(workload, "spec"), "template"), "spec");
            var source = $"k8s {Str(workload, "kind")}/{Str(Map(workload, "metadata"), "name")}";
            foreach (var c in List(pod, "initContainers").Concat(List(pod, "containers")).Cast<Dictionary<object, object>>())
            {
                var env = new Dictionary<string, string?>();
                foreach (var from in List(c, "envFrom"))
                {
                    var name = Str(Map(from, "configMapRef"), "name");
                    Assert.That(name is not null && configMaps.ContainsKey(name), $"{source}: envFrom names ConfigMap '{name}', which no manifest defines");
                    foreach (var (key, value) in configMaps[name!])
                    {
                        env[(string)key] = value as string;
                    }
                }

                foreach (var e in List(c, "env"))
                {
                    env[Str(e, "name")!] = Str(e, "value");
                }

                var ports = List(c, "ports").ToDictionary(p => Str(p, "name") ?? Str(p, "containerPort")!, p => int.Parse(Str(p, "containerPort")!, CultureInfo.InvariantCulture));
                var probes = new List<DeployProbe>();
                foreach (var kind in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
                {
                    if (Get(Get(c, kind), "httpGet") is { } http)
                    {
                        probes.Add(new DeployProbe(kind, Str(http, "path")!, Str(http, "port")!));
                    }
                }

                var mounts = List(c, "volumeMounts").Select(m => (Str(m, "name")!, Str(m, "mountPath")!)).ToList();
                containers.Add(new DeployContainer(source, Str(c, "name")!, Str(c, "image")!, env, ports, probes, mounts, c));
            }
        }

        return containers;
    }

    /// <summary>The services of compose.yaml as containers; a curl health check counts as an HTTP probe.</summary>
    public static List<DeployContainer> ComposeContainers()
    {
        var containers = new List<DeployContainer>();
        foreach (var (key, value) in Map(Compose(), "services"))
        {
            var name = (string)key;
            var service = (Dictionary<object, object>)value;
            var env = Map(service, "environment").ToDictionary(kv => (string)kv.Key, kv => kv.Value as string);
            var ports = new Dictionary<string, int>();
            foreach (var mapping in List(service, "ports").Cast<string>())
            {
                var target = mapping.Split(':')[^1];
                ports[target] = int.Parse(target, CultureInfo.InvariantCulture);
            }

            var probes = new List<DeployProbe>();
            var test = List(Map(service, "healthcheck"), "test").Cast<string>().ToList();
            if (test.Contains("curl"))
            {
                var url = new Uri(test.Single(t => t.StartsWith("http", StringComparison.Ordinal)));
                probes.Add(new DeployProbe("healthcheck", url.AbsolutePath, url.Port.ToString(CultureInfo.InvariantCulture)));
            }

            var mounts = List(service, "volumes").Cast<string>().Select(v => v.Split(':')).Select(p => (p[0], p[1])).ToList();
            var image = Regex.Replace(Str(service, "image")!, @"\$\{[A-Z_]+:-([^}]+)\}", "$1");
            containers.Add(new DeployContainer($"compose service {name}", name, image, env, ports, probes, mounts, service));
        }

        return containers;
    }

    public static List<DeployContainer> AllContainers() => [.. KubernetesContainers(), .. ComposeContainers()];

    /// <summary>The text of every C# file of a project (bin and obj excluded).</summary>
    public static IEnumerable<(string File, string Text)> Sources(string project) =>
        Directory.EnumerateFiles(Path.Combine(Root, project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (f, File.ReadAllText(f)));

    /// <summary>
    /// The GET routes a project maps, from its sources: each MapGet pattern, alone and under each
    /// MapGroup prefix of the same file (how the API's feature files are written).
    /// </summary>
    public static HashSet<string> GetRoutes(string project)
    {
        var routes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in Sources(project))
        {
            var groups = MapGroupPattern().Matches(text).Select(m => m.Groups[1].Value).ToList();
            foreach (var get in MapGetPattern().Matches(text).Select(m => m.Groups[1].Value))
            {
                routes.Add(get);
                foreach (var group in groups)
                {
                    routes.Add(group.TrimEnd('/') + "/" + get.TrimStart('/'));
                }
            }
        }

        return routes;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Judge.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Judge.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"MapGroup\(""([^""]+)""\)")]
    private static partial Regex MapGroupPattern();

    [GeneratedRegex(@"MapGet\(""([^""]*)""")]
    private static partial Regex MapGetPattern();
}
