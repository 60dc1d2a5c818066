using System.Text.Json.Nodes;
using Docker.DotNet;
using Docker.DotNet.Models;
using Judge.Core.Judging;
using Judge.Problems.Loading;
using Judge.Problems.Model;
using Judge.Tests.Attacks;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Sandbox;

/// <summary>
/// The warm pool against the real Docker daemon: runs take containers created before them, each at
/// most once, a pooled container that cannot start is replaced by a fresh one, and stopping the
/// pool leaves no container behind.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WarmContainerPoolTests
{
    private const int PerSpec = 2;
    private const string Sum = "def solution(a):\n    return sum(a)\n";

    private ServiceProvider _engine = null!;
    private SandboxProgram _program = null!;

    [OneTimeSetUp]
    public async Task RequireSandboxAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
    }

    [SetUp]
    public async Task StartAsync()
    {
        _engine = WarmPoolEngine.Build(PerSpec);
        _program = (await _engine.GetRequiredService<Toolchains>().Get(LanguageNames.Python).CompileAsync(Sum, CancellationToken.None)).Program!;
    }

    [TearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    private WarmContainerPool Pool => _engine.GetRequiredService<WarmContainerPool>();

    [Test]
    public async Task Run_TakesAContainerCreatedBeforeIt_WhenThePoolHasOne()
    {
        var first = await RunSumAsync([1, 2, 3]);
        Assert.That(first.Outcome.FromPool, Is.False, "the first run of a spec finds the pool empty");
        Assert.That(await Pool.WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
        var idle = Pool.IdleContainers();
        var listed = await TestEnvironment.PooledContainersAsync();

        var second = await RunSumAsync([4, 5]);

        Assert.Multiple(async () =>
        {
            Assert.That(idle, Has.Count.EqualTo(PerSpec), "refilled to PerSpec after the first take");
            Assert.That(listed.Select(c => c.ID), Is.EquivalentTo(idle), "the idle containers exist, labelled judge.pool and owned by this process");
            Assert.That(listed.Select(c => c.State), Is.All.EqualTo("created"), "idle containers were never started");
            Assert.That(listed.Select(c => c.Labels[DockerSandbox.Label]), Is.All.EqualTo("1"), "pooled containers are sandbox containers");
            Assert.That(second.Results.Single().Value!.GetValue<long>(), Is.EqualTo(9));
            Assert.That(second.Outcome.FromPool, Is.True);
            Assert.That(idle, Does.Contain(second.Outcome.ContainerId), "the run's container was in the pool before the run");
            Assert.That(await ExistsAsync(second.Outcome.ContainerId), Is.False, "removed after its run");
            Assert.That(Pool.Hits, Is.EqualTo(1));
            Assert.That(Pool.Misses, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task PooledContainer_IsNeverUsedTwice_WhenRunsComeAtOnceAndBackToBack()
    {
        await RunSumAsync([1]);
        Assert.That(await Pool.WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
        var everIdle = new HashSet<string>(Pool.IdleContainers());

        var runs = new List<HarnessRun>();
        // Four at once: more than the pool holds, so takes race each other and some must create.
        runs.AddRange(await Task.WhenAll(Enumerable.Range(1, 4).Select(n => RunSumAsync([n, n]))));
        for (var n = 0; n < 6; n++)
        {
            everIdle.UnionWith(Pool.IdleContainers());
            runs.Add(await RunSumAsync([n, 1]));
        }

        var ids = runs.Select(r => r.Outcome.ContainerId).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(runs.Select(r => r.Results.Single().Ok), Is.All.True);
            Assert.That(ids, Is.Unique, "one run per container");
            Assert.That(runs.Where(r => r.Outcome.FromPool).Select(r => r.Outcome.ContainerId), Is.SubsetOf(everIdle));
            Assert.That(runs.Count(r => r.Outcome.FromPool), Is.GreaterThanOrEqualTo(PerSpec), "the pool served runs");
            foreach (var id in ids)
            {
                Assert.That(await ExistsAsync(id), Is.False, $"container {id} removed after its run");
            }

            Assert.That(Pool.IdleContainers().Intersect(ids), Is.Empty, "no used container went back to the pool");
        });
    }

    [Test]
    public async Task Run_FallsBackToAFreshContainer_WhenThePooledOneCannotStart()
    {
        await RunSumAsync([1]);
        Assert.That(await Pool.WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
        var sabotaged = Pool.IdleContainers();
        using (var docker = TestEnvironment.Docker())
        {
            // Gone behind the pool's back (as after a daemon restart or a manual cleanup).
            foreach (var id in sabotaged)
            {
                await docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true });
            }
        }

        var run = await RunSumAsync([20, 22]);

        Assert.Multiple(async () =>
        {
            Assert.That(run.Results.Single().Value!.GetValue<long>(), Is.EqualTo(42), run.Outcome.StderrHead);
            Assert.That(run.Outcome.FromPool, Is.False, "ran in a container created for it");
            Assert.That(sabotaged, Does.Not.Contain(run.Outcome.ContainerId));
            Assert.That(Pool.Hits, Is.EqualTo(1), "the pool did hand out a container, which failed");
            Assert.That(await TestEnvironment.SandboxContainersAsync(), Is.Empty, "nothing of the run is left");
        });
    }

    [TestCase(true, TestName = "Dispose_RemovesEveryPooledContainer_WhenThePoolIsFull")]
    [TestCase(false, TestName = "Dispose_RemovesEveryPooledContainer_WhenCreationsAreInFlight")]
    public async Task Dispose_RemovesEveryPooledContainer(bool waitUntilFull)
    {
        await RunSumAsync([1]);
        await _engine.GetRequiredService<Toolchains>().Get(LanguageNames.Java)
            .CompileAsync("class Solution { public long solution(int[] a) { return 0; } }", CancellationToken.None);
        if (waitUntilFull)
        {
            Assert.That(await Pool.WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
            Assert.That(await TestEnvironment.PooledContainersAsync(), Has.Count.EqualTo(2 * PerSpec), "a python run spec and a java compile spec, PerSpec each");
        }

        await _engine.DisposeAsync();

        Assert.That(await TestEnvironment.PooledContainersAsync(), Is.Empty);
    }

    [Test]
    public async Task IdleContainer_IsRemoved_WhenItExpires()
    {
        await using var engine = WarmPoolEngine.Build(PerSpec, idleSeconds: 2);
        var pool = engine.GetRequiredService<WarmContainerPool>();
        var program = (await engine.GetRequiredService<Toolchains>().Get(LanguageNames.Python).CompileAsync(Sum, CancellationToken.None)).Program!;
        await engine.GetRequiredService<HarnessRunner>().RunAsync(program, [new JsonArray(new JsonArray(1))], 256, _ => TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(await pool.WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
        var idle = pool.IdleContainers();
        Assert.That(idle, Has.Count.EqualTo(PerSpec));

        // The sweep runs every second with a 2 s expiry: both are gone well within 10 s.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (pool.IdleContainers().Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(pool.IdleContainers(), Is.Empty);
            foreach (var id in idle)
            {
                Assert.That(await ExistsAsync(id), Is.False, $"expired container {id} removed");
            }
        });
    }

    private Task<HarnessRun> RunSumAsync(int[] values) =>
        _engine.GetRequiredService<HarnessRunner>().RunAsync(
            _program, [new JsonArray(new JsonArray([.. values.Select(v => JsonValue.Create(v))]))], 256, _ => TimeSpan.FromSeconds(20), CancellationToken.None);

    private static async Task<bool> ExistsAsync(string id)
    {
        using var docker = TestEnvironment.Docker();
        try
        {
            await docker.Containers.InspectContainerAsync(id);
            return true;
        }
        catch (DockerContainerNotFoundException)
        {
            return false;
        }
    }
}

/// <summary>
/// A few of the attack suite's programs judged with the warm pool on and full, so every sandbox
/// container (compile and run) comes from the pool: each must still get the verdict that proves its
/// defence. tmp-marker runs twice: the second run must not see the first one's /tmp.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WarmPoolAttackTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Attacks");

    private ServiceProvider _engine = null!;
    private ProblemSpec _task = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WarmPoolEngine.Build(perSpec: 4); // above the containers one judging takes per spec (a crash restarts at each group)
        _task = ProblemSpecLoader.Load(Path.Combine(Root, "attack-target"));
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    public static IEnumerable<TestCaseData> Programs() =>
        new[]
        {
            "leak/tmp-marker.py", "leak/tmp-marker.py", "leak/hidden-answers.py", "escape/setuid-root.py",
            "resource/fork-bomb.cpp", "resource/memory-hog.java", "forgery/fake-record.py", "network/tcp-out.js",
        }.Select((file, i) => new TestCaseData(file).SetName($"Attack with the warm pool {i:D2} {file}"));

    [TestCaseSource(nameof(Programs))]
    public async Task Attack_GetsTheVerdictThatProvesTheDefence_InPooledContainers(string file)
    {
        var path = Path.Combine(Root, "programs", file);
        var code = await File.ReadAllTextAsync(path);
        var (expected, why) = AttackTests.ExpectationOf(code, file);
        var language = DeclaredSolution.LanguageOf(path);
        var pool = _engine.GetRequiredService<WarmContainerPool>();
        var judge = _engine.GetRequiredService<SubmissionJudge>();
        // Teach the pool this language's specs, then let it fill: the measured judging then runs in pooled containers.
        await judge.JudgeAsync(_task, language, code, CancellationToken.None);
        Assert.That(await pool.WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
        var (hits, misses) = (pool.Hits, pool.Misses);

        var report = await judge.JudgeAsync(_task, language, code, CancellationToken.None);

        var detail = string.Join("; ", report.Groups.SelectMany(g => g.Tests).Select(t => $"{t.Name}: {t.Verdict.ToWire()} {t.Message}"));
        Assert.Multiple(async () =>
        {
            Assert.That(report.Verdict, Is.EqualTo(expected), $"{file}: {why}\ncompile: {report.Compile.Output}\ntests: {detail}");
            Assert.That(pool.Hits, Is.GreaterThan(hits), "the judging took pooled containers");
            Assert.That(pool.Misses, Is.EqualTo(misses), "every container of the judging came from the pool");
            Assert.That(await TestEnvironment.SandboxContainersAsync(), Is.Empty, "every container of the run is removed");
        });
    }
}
