using Judge.Worker.Sandbox;

namespace Judge.Tests.Sandbox;

/// <summary>The profile's contents; the attack suite (escape/io-uring.*) proves the daemon applies it.</summary>
[TestFixture]
public sealed class SeccompProfileTests
{
    [TestCase("io_uring_setup")]
    [TestCase("io_uring_enter")]
    [TestCase("io_uring_register")]
    [TestCase("ptrace")]
    [TestCase("unshare")]
    [TestCase("mount")]
    [TestCase("keyctl")]
    [TestCase("bpf")]
    [TestCase("perf_event_open")]
    [TestCase("setns")]
    public void Profile_DoesNotAllow(string syscall) =>
        Assert.That(SeccompProfile.Allowed, Does.Not.Contain(syscall));

    [TestCase("read")]
    [TestCase("write")]
    [TestCase("mmap")]
    [TestCase("futex")]
    [TestCase("execve")]
    [TestCase("wait4")]
    [TestCase("getrandom")]
    public void Profile_AllowsWhatRuntimesNeed(string syscall) =>
        Assert.That(SeccompProfile.Allowed, Does.Contain(syscall));

    [Test]
    public void Profile_DeniesByDefault_WithEperm_AndSendsClone3ToTheCloneFallback()
    {
        using var profile = System.Text.Json.JsonDocument.Parse(SeccompProfile.Json);
        var root = profile.RootElement;
        var clone3 = root.GetProperty("syscalls").EnumerateArray().Single(r => r.GetProperty("names").EnumerateArray().Any(n => n.GetString() == "clone3"));
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("defaultAction").GetString(), Is.EqualTo("SCMP_ACT_ERRNO"));
            Assert.That(root.GetProperty("defaultErrnoRet").GetInt32(), Is.EqualTo(1), "EPERM");
            Assert.That(clone3.GetProperty("errnoRet").GetInt32(), Is.EqualTo(38), "ENOSYS, so the C library falls back to clone");
        });
    }
}
