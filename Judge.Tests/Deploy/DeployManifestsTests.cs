using System.Globalization;
using System.Text.RegularExpressions;
using Judge.Worker.Health;
using static Judge.Tests.Deploy.DeployManifests;

namespace Judge.Tests.Deploy;

/// <summary>
/// Kubernetes cannot run here, and compose runs only by hand (README, "Deploying"): these checks
/// hold deploy/compose.yaml and deploy/k8s/ to the code they deploy, so a renamed setting, route,
/// port or image breaks a test instead of a rollout.
/// </summary>
public sealed partial class DeployManifestsTests
{
    /// <summary>Beyond Hangfire's ShutdownTimeout: removing the last sandboxes and stopping the host.</summary>
    private const int ShutdownMarginSeconds = 10;

    [Test]
    public void Manifests_DeclareTheExpectedContainers()
    {
        var k8s = KubernetesContainers().Select(c => $"{c.Source}/{c.Name}").ToList();
        Assert.That(k8s, Is.SupersetOf(new[]
        {
            "k8s Deployment/api/api", "k8s Deployment/worker/sandboxd", "k8s Deployment/worker/sandbox-images",
            "k8s Deployment/worker/worker", "k8s StatefulSet/postgres/postgres",
        }));
        Assert.That(ComposeContainers().Select(c => c.Name), Is.EquivalentTo(new[] { "postgres", "api", "sandboxd", "sandbox-images", "worker" }));
    }

    [Test]
    public void EnvironmentVariables_AreConfigurationKeysTheirHostReads()
    {
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var container in AllContainers().Where(c => !c.IsSandboxDaemon))
        {
            if (ConfigurationKeys.ForImage(container.ImageName) is not { } keys)
            {
                continue;
            }

            foreach (var variable in container.Environment.Keys)
            {
                checkedCount++;
                if (keys.Problem(variable) is { } problem)
                {
                    problems.Add($"{container.Source}/{container.Name}: {problem}");
                }
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(checkedCount, Is.GreaterThan(10), "the deploy files should set the hosts' settings");
    }

    [TestCase("Sandbox__DockerEndpiont")]
    [TestCase("Worker__Concurency")]
    [TestCase("RateLimits__Run__PerToken__PerMinit")]
    [TestCase("ConnectionStrings__Jugde")]
    [TestCase("Admin__Emails__first")]
    [TestCase("Queues__RunQueueBound")]   // an API setting: the worker does not read it
    public void WorkerKeys_RejectVariablesTheWorkerDoesNotRead(string variable) =>
        Assert.That(ConfigurationKeys.Worker.Problem(variable), Is.Not.Null);

    [TestCase("Worker__Concurrency")]      // the worker's setting: the API does not read it
    [TestCase("Sandbox__PidsLimt")]
    [TestCase("RateLimits__Run__PerToken__PerMinit")]
    public void ApiKeys_RejectVariablesTheApiDoesNotRead(string variable) =>
        Assert.That(ConfigurationKeys.Api.Problem(variable), Is.Not.Null);

    [TestCase("RateLimits__Run__PerToken__PerMinute")]
    [TestCase("Admin__ObserverEmails__2")]
    [TestCase("JUDGE_Queues__RunQueueBound")]
    [TestCase("ConnectionStrings__Judge")]
    [TestCase("Logging__Format")]
    public void ApiKeys_AcceptVariablesTheApiReads(string variable) =>
        Assert.That(ConfigurationKeys.Api.Problem(variable), Is.Null);

    [Test]
    public void Probes_AreRoutesOfTheProbedHostOnItsPorts()
    {
        var routes = new Dictionary<string, HashSet<string>>
        {
            ["judge-api"] = GetRoutes("Judge.Api"),
            ["judge-worker"] = GetRoutes("Judge.Worker"),
        };
        var problems = new List<string>();
        var probed = new HashSet<string>();
        foreach (var container in AllContainers().Where(c => routes.ContainsKey(c.ImageName) && !c.IsSandboxDaemon))
        {
            var listening = ListeningPort(container);
            foreach (var probe in container.Probes)
            {
                probed.Add($"{container.ImageName} {probe.Path}");
                if (!routes[container.ImageName].Contains(probe.Path))
                {
                    problems.Add($"{container.Source}/{container.Name} {probe.Kind}: {probe.Path} is not a route of {container.ImageName}");
                }

                var port = int.TryParse(probe.Port, out var number) ? number : container.Ports.GetValueOrDefault(probe.Port, -1);
                if (port != listening)
                {
                    problems.Add($"{container.Source}/{container.Name} {probe.Kind}: port {probe.Port} ({port}) but the host listens on {listening}");
                }
            }

            if (container.Source.StartsWith("k8s", StringComparison.Ordinal) && container.ImageName == "judge-worker"
                && !new Uri(container.Environment.GetValueOrDefault("Worker__HealthUrls") ?? WorkerHealthListener.Default).Host.Equals("0.0.0.0", StringComparison.Ordinal))
            {
                problems.Add($"{container.Source}/{container.Name}: the kubelet probes the pod's address: Worker__HealthUrls must listen on 0.0.0.0");
            }
        }

        Assert.That(problems, Is.Empty);
        Assert.That(probed, Is.SupersetOf(new[] { "judge-api /health/ready", "judge-api /health/live", "judge-worker /health/ready", "judge-worker /health/live" }));
    }

    [Test]
    public void ApiPorts_AreThePortKestrelListensOn()
    {
        var problems = new List<string>();
        foreach (var api in AllContainers().Where(c => c.ImageName == "judge-api"))
        {
            var listening = ListeningPort(api);
            var serving = api.Ports.Where(p => p.Key != "metrics").Select(p => p.Value).ToList();
            if (serving.Count == 0 || serving.Any(p => p != listening))
            {
                problems.Add($"{api.Source}: ports {string.Join(",", serving)} but Kestrel listens on {listening}");
            }

            // The metrics port is the one the metrics listener binds (Telemetry:MetricsUrls).
            if (api.Ports.TryGetValue("metrics", out var metrics)
                && new Uri(api.Environment.GetValueOrDefault("Telemetry__MetricsUrls") ?? "http://127.0.0.1:0").Port != metrics)
            {
                problems.Add($"{api.Source}: metrics port {metrics} but Telemetry__MetricsUrls is {api.Environment.GetValueOrDefault("Telemetry__MetricsUrls")}");
            }
        }

        // The Service's targetPort names a port of the API container.
        var service = KubernetesObjects().Single(o => Str(o, "kind") == "Service" && Str(Map(o, "metadata"), "name") == "api");
        var apiContainer = KubernetesContainers().Single(c => c.Name == "api");
        foreach (var port in List(Map(service, "spec"), "ports"))
        {
            var target = Str(port, "targetPort")!;
            if (!apiContainer.Ports.ContainsKey(target) && !apiContainer.Ports.Values.Contains(int.TryParse(target, out var n) ? n : -1))
            {
                problems.Add($"Service api targets port {target}, which the api container does not declare");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void SecretReferences_NameKeysOfTheSecretTemplate()
    {
        var generators = List(Kustomization(), "secretGenerator").ToDictionary(g => Str(g, "name")!, g => List(g, "envs").Cast<string>().ToList());
        var references = KubernetesContainers()
            .SelectMany(c => List(c.Raw, "env").Select(e => Map(Map(e, "valueFrom"), "secretKeyRef")).Where(r => r.Count > 0)
                .Select(r => (c.Name, Secret: Str(r, "name")!, Key: Str(r, "key")!)))
            .ToList();
        Assert.That(references, Has.Count.GreaterThanOrEqualTo(3), "api, worker and postgres take their secrets from the Secret");

        var problems = new List<string>();
        foreach (var (container, secret, key) in references)
        {
            if (!generators.TryGetValue(secret, out var envFiles))
            {
                problems.Add($"{container}: Secret '{secret}' is not generated by kustomization.yaml");
                continue;
            }

            // The real env file is not committed; its template (<file>.example) lists the keys.
            var keys = envFiles.SelectMany(f => File.ReadAllLines(DeployPath("k8s", f + ".example")))
                .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'))
                .Select(l => l.Split('=')[0].Trim());
            if (!keys.Contains(key))
            {
                problems.Add($"{container}: key '{key}' of Secret '{secret}' is not in {string.Join(", ", envFiles.Select(f => f + ".example"))}");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void WorkerGracePeriods_OutlastHangfiresShutdownTimeout()
    {
        var workerHost = File.ReadAllText(Path.Combine(Root, "Judge.Worker", "WorkerHost.cs"));
        var match = ShutdownTimeoutPattern().Match(workerHost);
        Assert.That(match.Success, "WorkerHost.cs no longer sets ShutdownTimeout = TimeSpan.FromSeconds(n): update this test");
        var shutdown = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);

        var pod = KubernetesObjects().Single(o => Str(o, "kind") == "Deployment" && Str(Map(o, "metadata"), "name") == "worker");
        var grace = int.Parse(Str(Map(Map(Map(pod, "spec"), "template"), "spec"), "terminationGracePeriodSeconds") ?? "30", CultureInfo.InvariantCulture);
        Assert.That(grace, Is.GreaterThanOrEqualTo(shutdown + ShutdownMarginSeconds), "k8s worker terminationGracePeriodSeconds");

        var composeWorker = Map(Map(Compose(), "services"), "worker");
        Assert.That(Seconds(Str(composeWorker, "stop_grace_period") ?? "10s"), Is.GreaterThanOrEqualTo(shutdown + ShutdownMarginSeconds), "compose worker stop_grace_period");
    }

    [Test]
    public void Images_AreOnesTheBuildScriptsProduceAndAreNeverPulled()
    {
        var built = BuiltImages();
        Assert.That(built, Is.SupersetOf(new[] { "judge-api", "judge-worker", "judge-sandbox-bundle", "judge-postgres" }));

        var problems = new List<string>();
        foreach (var container in AllContainers())
        {
            if (!built.Contains(container.ImageName))
            {
                problems.Add($"{container.Source}/{container.Name}: image {container.Image} is built by no script in deploy/images");
            }

            // No registry: a pull can only fail.
            if (container.Source.StartsWith("k8s", StringComparison.Ordinal) && Str(container.Raw, "imagePullPolicy") != "Never")
            {
                problems.Add($"{container.Source}/{container.Name}: imagePullPolicy must be Never (images are imported into the nodes)");
            }
        }

        foreach (var image in List(Kustomization(), "images").Select(i => Str(i, "name")!).Where(n => !built.Contains(n)))
        {
            problems.Add($"kustomization.yaml: image {image} is built by no script");
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void SandboxDaemonSocket_IsTheSameInEveryFile()
    {
        var script = File.ReadAllText(DeployPath("images", "app", "worker", "judge-sandboxd"));
        var socket = SocketAssignment().Match(script).Groups[1].Value;
        Assert.That(socket, Does.StartWith("/"), "judge-sandboxd sets socket=<path>");
        var loader = File.ReadAllText(DeployPath("images", "app", "sandbox-bundle", "load-sandbox-images"));
        Assert.That(loader, Does.Contain($"{{1:-{socket}}}"), "load-sandbox-images defaults to the daemon's socket");
        var directory = Path.GetDirectoryName(socket)!;

        foreach (var group in new[] { KubernetesContainers(), ComposeContainers() })
        {
            var daemon = group.Single(c => c.IsSandboxDaemon);
            var volume = daemon.Mounts.Single(m => m.MountPath == directory).Volume;
            foreach (var client in group.Where(c => c.Name is "worker" or "sandbox-images"))
            {
                Assert.That(client.Mounts, Does.Contain((volume, directory)), $"{client.Source}/{client.Name} mounts the daemon's socket volume");
            }

            var worker = group.Single(c => c.Name == "worker");
            Assert.That(worker.Environment.GetValueOrDefault("Sandbox__DockerEndpoint"), Is.EqualTo($"unix://{socket}"), $"{worker.Source}: Sandbox__DockerEndpoint");
        }
    }

    [Test]
    public void Kustomization_ListsEveryManifestAndOnlyExistingOnes()
    {
        var resources = List(Kustomization(), "resources").Cast<string>().ToList();
        Assert.That(resources, Is.EquivalentTo(KubernetesFiles().Select(Path.GetFileName)));
    }

    /// <summary>The port the container's host listens on: ASPNETCORE_HTTP_PORTS for the API, Worker:HealthUrls for the worker.</summary>
    private static int ListeningPort(DeployContainer container)
    {
        if (container.ImageName == "judge-worker")
        {
            return new Uri(container.Environment.GetValueOrDefault("Worker__HealthUrls") ?? WorkerHealthListener.Default).Port;
        }

        var ports = container.Environment.GetValueOrDefault("ASPNETCORE_HTTP_PORTS") ?? DockerfileEnv("api", "ASPNETCORE_HTTP_PORTS");
        Assert.That(ports, Is.Not.Null, $"{container.Source}: no ASPNETCORE_HTTP_PORTS in the container or the image");
        return int.Parse(ports!.Split(';')[0], CultureInfo.InvariantCulture);
    }

    private static string? DockerfileEnv(string image, string name)
    {
        var match = Regex.Match(File.ReadAllText(DeployPath("images", "app", image, "Dockerfile")), $@"\b{name}=(\S+)");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Image names the build scripts tag: build_image/`:current` names of the app script, and the name files of deploy/images.</summary>
    private static HashSet<string> BuiltImages()
    {
        var script = File.ReadAllText(DeployPath("images", "app", "build.sh"));
        var names = BuildImageCall().Matches(script).Select(m => m.Groups[1].Value)
            .Concat(CurrentTag().Matches(script).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(DeployPath("images")).Where(d => File.Exists(Path.Combine(d, "packages"))))
        {
            var nameFile = Path.Combine(folder, "name");
            names.Add(File.Exists(nameFile) ? File.ReadAllText(nameFile).Trim() : $"judge-sandbox-{Path.GetFileName(folder)}");
        }

        return names;
    }

    private static int Seconds(string duration)
    {
        var m = DurationPattern().Match(duration);
        Assert.That(m.Success, $"unreadable duration '{duration}'");
        var value = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value == "m" ? value * 60 : value;
    }

    [GeneratedRegex(@"ShutdownTimeout\s*=\s*TimeSpan\.FromSeconds\((\d+)\)")]
    private static partial Regex ShutdownTimeoutPattern();

    [GeneratedRegex(@"^socket=(\S+)$", RegexOptions.Multiline)]
    private static partial Regex SocketAssignment();

    [GeneratedRegex(@"\bbuild_image (judge-[a-z0-9-]+) ")]
    private static partial Regex BuildImageCall();

    [GeneratedRegex(@"\b(judge-[a-z0-9-]+):current\b")]
    private static partial Regex CurrentTag();

    [GeneratedRegex(@"^(\d+)(s|m)$")]
    private static partial Regex DurationPattern();
}
