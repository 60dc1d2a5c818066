using System.Net;
using Judge.Api.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace Judge.Tests.Infrastructure;

[TestFixture]
public sealed class ClientKeyTests
{
    [TestCase("203.0.113.7", "203.0.113.7")]
    [TestCase("::ffff:203.0.113.7", "203.0.113.7")]
    [TestCase("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [TestCase("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    public void ClientKey_IsTheAddress_AndAnIPv6AddressesSlash64(string address, string key)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.That(RateLimits.ClientKey(http), Is.EqualTo(key));
    }

    [Test]
    public void ClientKey_WithoutAnAddress_IsOneSharedKey() =>
        Assert.That(RateLimits.ClientKey(new DefaultHttpContext()), Is.EqualTo("unknown"));
}
