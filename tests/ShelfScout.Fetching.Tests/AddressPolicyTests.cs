using System.Net;
using ShelfScout.Fetching.Network;

namespace ShelfScout.Fetching.Tests;

/// <summary>The SSRF policy as pure functions over an address table: no DNS, no sockets.</summary>
public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("93.184.216.34", AddressClass.Public)]
    [InlineData("8.8.8.8", AddressClass.Public)]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("127.255.1.2", AddressClass.Loopback)]
    [InlineData("10.0.0.1", AddressClass.Private)]
    [InlineData("172.16.0.1", AddressClass.Private)]
    [InlineData("172.31.255.255", AddressClass.Private)]
    [InlineData("172.32.0.1", AddressClass.Public)]
    [InlineData("192.168.1.1", AddressClass.Private)]
    [InlineData("100.64.0.1", AddressClass.Private)]
    [InlineData("100.127.255.254", AddressClass.Private)]
    [InlineData("100.128.0.1", AddressClass.Public)]
    [InlineData("169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("169.254.0.1", AddressClass.LinkLocal)]
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("0.1.2.3", AddressClass.Unspecified)]
    [InlineData("224.0.0.1", AddressClass.Reserved)]
    [InlineData("255.255.255.255", AddressClass.Reserved)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("fc00::1", AddressClass.Private)]
    [InlineData("fd12:3456::1", AddressClass.Private)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("ff02::1", AddressClass.Reserved)]
    [InlineData("2606:4700::1111", AddressClass.Public)]
    [InlineData("::ffff:127.0.0.1", AddressClass.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressClass.Private)]
    [InlineData("::ffff:169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("::ffff:93.184.216.34", AddressClass.Public)]
    [InlineData("64:ff9b::a00:1", AddressClass.Private)]
    [InlineData("2002:7f00:1::", AddressClass.Loopback)]
    public void Classify_AddressTable(string address, AddressClass expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://2130706433/", AddressClass.Loopback)]
    [InlineData("http://0177.0.0.1/", AddressClass.Loopback)]
    [InlineData("http://0x7f.0.0.1/", AddressClass.Loopback)]
    [InlineData("http://127.1/", AddressClass.Loopback)]
    [InlineData("http://0/", AddressClass.Unspecified)]
    [InlineData("http://[::ffff:7f00:1]/", AddressClass.Loopback)]
    [InlineData("http://[::ffff:a9fe:a9fe]/", AddressClass.LinkLocal)]
    [InlineData("http://167772161/", AddressClass.Private)]
    [InlineData("http://2852039166/", AddressClass.LinkLocal)]
    public void ClassifyHost_DecimalOctalHexAndMappedSpellings_AreTheAddressTheyReach(string url, AddressClass expected) =>
        Assert.Equal(expected, AddressClassifier.ClassifyHost(new Uri(url)));

    [Fact]
    public void ClassifyHost_DnsName_IsUnknownUntilResolved() =>
        Assert.Null(AddressClassifier.ClassifyHost(new Uri("https://shop.example/")));

    [Theory]
    [InlineData(AddressClass.Public, "93.184.216.34", true)]
    [InlineData(AddressClass.Public, "10.0.0.1", false)]
    [InlineData(AddressClass.Public, "127.0.0.1", false)]
    [InlineData(AddressClass.Public, "::ffff:127.0.0.1", false)]
    [InlineData(AddressClass.Public, "169.254.169.254", false)]
    [InlineData(AddressClass.Public, "0.0.0.0", false)]
    [InlineData(AddressClass.Public, "::", false)]
    [InlineData(AddressClass.Public, "fc00::1", false)]
    [InlineData(AddressClass.Public, "100.64.0.1", false)]
    [InlineData(AddressClass.Loopback, "127.0.0.1", true)]
    [InlineData(AddressClass.Loopback, "::1", true)]
    [InlineData(AddressClass.Loopback, "10.0.0.1", false)]
    [InlineData(AddressClass.Loopback, "93.184.216.34", false)]
    [InlineData(AddressClass.Private, "192.168.0.10", true)]
    [InlineData(AddressClass.Private, "127.0.0.1", false)]
    [InlineData(AddressClass.Private, "169.254.169.254", false)]
    [InlineData(AddressClass.Private, "93.184.216.34", false)]
    public void Refusal_OnlyTheStartUrlsClassIsAllowed(AddressClass scope, string address, bool allowed)
    {
        var policy = new NetworkPolicy(scope, allowAny: false);

        var refusal = policy.Refusal(IPAddress.Parse(address));

        Assert.Equal(allowed, refusal is null);
    }

    [Fact]
    public void Refusal_NoScopeConfigured_PinsTheFirstAddressesClass()
    {
        var policy = new NetworkPolicy(scope: null, allowAny: false);

        Assert.Null(policy.Refusal(IPAddress.Loopback));
        Assert.Equal(AddressClass.Loopback, policy.Scope);
        Assert.Contains("loopback", policy.Refusal(IPAddress.Parse("10.0.0.1")), StringComparison.Ordinal);
        Assert.NotNull(policy.Refusal(IPAddress.Parse("169.254.169.254")));
    }

    [Fact]
    public void Refusal_NoScope_NeverPinsOnAnAddressThatIsAlwaysRefused()
    {
        var policy = new NetworkPolicy(scope: null, allowAny: false);

        Assert.NotNull(policy.Refusal(IPAddress.Parse("169.254.169.254")));
        Assert.Null(policy.Scope);
    }

    [Theory]
    [InlineData("169.254.169.254")]
    [InlineData("10.0.0.1")]
    [InlineData("0.0.0.0")]
    public void Refusal_AllowPrivateNetwork_AllowsEverything(string address) =>
        Assert.Null(new NetworkPolicy(AddressClass.Public, allowAny: true).Refusal(IPAddress.Parse(address)));
}
