using System.Text.Json.Nodes;
using Judge.Worker.Judging;
using Judge.Worker.Languages;
using Judge.Worker.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace Judge.Tests.Sandbox;

/// <summary>
/// The sandbox rules, checked from inside a real container by a program that probes them, and
/// the runner's promise that a container never outlives its run. Once with fresh containers and once
/// with the warm pool on: a pooled container must hold every rule a fresh one does.
/// </summary>
[TestFixture(0)]
[TestFixture(2)]
public sealed class SandboxHardeningTests(int warmPoolPerSpec)
{
    private const string Probe = """
        import os, socket, subprocess

        def status(field):
            for line in open("/proc/self/status"):
                if line.startswith(field + ":"):
                    return line.split()[1]

        def fails(action):
            try:
                action()
                return False
            except OSError:
                return True

        def connect():
            socket.create_connection(("1.1.1.1", 53), timeout=2).close()

        def write_root():
            open("/etc/judge-was-here", "w").write("x")

        def write_sandbox():
            open("/sandbox/judge-was-here", "w").write("x")

        def exec_tmp():
            with open("/tmp/run.sh", "w") as f:
                f.write("#!/bin/sh\necho hi\n")
            os.chmod("/tmp/run.sh", 0o755)
            subprocess.run(["/tmp/run.sh"], check=True)

        def read(path):
            try:
                return int(open(path).read().strip())
            except OSError:
                return -1

        def solution(a):
            return [
                os.getuid(), os.getgid(),
                int(status("CapEff"), 16), int(status("NoNewPrivs")),
                fails(connect), fails(write_root), fails(write_sandbox), fails(exec_tmp),
                os.getpid() != 1,
                read("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
                read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"),
                read("/sys/fs/cgroup/pids/pids.max") if os.path.exists("/sys/fs/cgroup/pids/pids.max") else -1,
                len([n for n in socket.if_nameindex() if n[1] != "lo"]),
            ]
        """;

    private ServiceProvider _engine = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        await TestEnvironment.RequireSandboxAsync();
        _engine = WarmPoolEngine.Build(warmPoolPerSpec);
    }

    [OneTimeTearDown]
    public ValueTask StopAsync() => _engine.DisposeAsync();

    [Test]
    public async Task Container_EnforcesTheSandboxRules_FromInside()
    {
        var program = (await _engine.GetRequiredService<Toolchains>().Get("python").CompileAsync(Probe, CancellationToken.None)).Program!;
        var runner = _engine.GetRequiredService<HarnessRunner>();
        if (warmPoolPerSpec > 0)
        {
            // The first run of a spec fills the pool; the probed run then gets a pooled container.
            await runner.RunAsync(program, [new JsonArray(new JsonArray(1))], 256, _ => TimeSpan.FromSeconds(20), CancellationToken.None);
            Assert.That(await _engine.GetRequiredService<WarmContainerPool>().WaitFullAsync(CancellationToken.None), Is.True, "the pool refilled");
        }

        var run = await runner.RunAsync(program, [new JsonArray(new JsonArray(1))], 256, _ => TimeSpan.FromSeconds(20), CancellationToken.None);
        Assert.That(run.Results, Has.Count.EqualTo(1), run.Outcome.StderrHead);
        Assert.That(run.Outcome.FromPool, Is.EqualTo(warmPoolPerSpec > 0), "the probed container is pooled exactly when the pool is on");
        var r = run.Results[0];
        Assert.That(r.Ok, Is.True, r.Error);
        var v = r.Value!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(v[0]!.GetValue<int>(), Is.EqualTo(65534), "runs as nobody, not root");
            Assert.That(v[1]!.GetValue<int>(), Is.EqualTo(65534), "group nogroup");
            Assert.That(v[2]!.GetValue<long>(), Is.Zero, "no effective capabilities");
            Assert.That(v[3]!.GetValue<int>(), Is.EqualTo(1), "no-new-privileges");
            Assert.That(v[4]!.GetValue<bool>(), Is.True, "no network: outbound connect fails");
            Assert.That(v[5]!.GetValue<bool>(), Is.True, "read-only root");
            Assert.That(v[6]!.GetValue<bool>(), Is.True, "the program's own folder is not writable");
            Assert.That(v[7]!.GetValue<bool>(), Is.True, "nothing executes from /tmp");
            Assert.That(v[8]!.GetValue<bool>(), Is.True, "the program is not PID 1 (tini is)");
            Assert.That(v[9]!.GetValue<long>(), Is.EqualTo(256L * 1024 * 1024), "memory limit");
            Assert.That(v[10]!.GetValue<long>(), Is.EqualTo(100_000), "one CPU of quota per 100 ms period");
            Assert.That(v[11]!.GetValue<long>(), Is.EqualTo(64), "pids limit");
            Assert.That(v[12]!.GetValue<int>(), Is.Zero, "no network interface but loopback");
        });
    }

    [Test]
    public async Task Run_RemovesItsContainer_WhenTheWorkerIsCancelledMidRun()
    {
        var program = (await _engine.GetRequiredService<Toolchains>().Get("python").CompileAsync("def solution(a):\n    while True:\n        pass\n", CancellationToken.None)).Program!;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var runner = _engine.GetRequiredService<HarnessRunner>();
        Assert.That(
            async () => await runner.RunAsync(program, [new JsonArray(new JsonArray(1))], 256, _ => TimeSpan.FromMinutes(5), cancel.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await TestEnvironment.SandboxContainersAsync(), Is.Empty);
    }
}
