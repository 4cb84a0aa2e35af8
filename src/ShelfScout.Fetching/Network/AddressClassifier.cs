using System.Net;
using System.Net.Sockets;

namespace ShelfScout.Fetching.Network;

/// <summary>Sorts IP addresses into <see cref="AddressClass"/>es. A pure function: no DNS, no sockets.</summary>
public static class AddressClassifier
{
    /// <summary>The class of <paramref name="address"/>; IPv4 addresses embedded in IPv6 (mapped, NAT64, 6to4) are judged as the IPv4 address they reach.</summary>
    public static AddressClass Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6 && EmbeddedIPv4(address) is { } embedded)
        {
            return ClassifyIPv4(embedded.GetAddressBytes());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyIPv4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyIPv6(address),
            _ => AddressClass.Reserved,
        };
    }

    /// <summary>The class of a URL host that is an IP literal in any spelling <see cref="Uri"/> accepts, or null for a name.</summary>
    public static AddressClass? ClassifyHost(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Literal(url.Host) is { } address ? Classify(address) : null;
    }

    /// <summary>The IP address a host string spells (IPv6 brackets allowed), or null for a DNS name.</summary>
    internal static IPAddress? Literal(string host)
    {
        var bare = host.Length > 1 && host[0] == '[' && host[^1] == ']' ? host[1..^1] : host;
        return (bare.Contains(':', StringComparison.Ordinal) || (bare.Length > 0 && bare.All(c => char.IsAsciiDigit(c) || c == '.' || c is 'x' or 'X' || char.IsAsciiHexDigit(c))))
               && IPAddress.TryParse(bare, out var address)
            ? address
            : null;
    }

    private static IPAddress? EmbeddedIPv4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        // NAT64 well-known prefix 64:ff9b::/96: the last four bytes are the IPv4 address reached.
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        // 6to4 2002::/16: bytes 2..5 are the IPv4 address of the relay's far end.
        if (bytes[0] == 0x20 && bytes[1] == 0x02)
        {
            return new IPAddress(bytes.AsSpan(2, 4));
        }

        // Deprecated IPv4-compatible ::a.b.c.d (but not :: and ::1 themselves).
        if (bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && (bytes[12] | bytes[13]) != 0)
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return null;
    }

    private static AddressClass ClassifyIPv4(byte[] b) => b switch
    {
        [0, ..] => AddressClass.Unspecified,
        [127, ..] => AddressClass.Loopback,
        [10, ..] => AddressClass.Private,
        [172, >= 16 and <= 31, ..] => AddressClass.Private,
        [192, 168, ..] => AddressClass.Private,
        [100, >= 64 and <= 127, ..] => AddressClass.Private,
        [169, 254, ..] => AddressClass.LinkLocal,
        [192, 0, 0, _] or [198, 18 or 19, ..] => AddressClass.Reserved,
        [>= 224, ..] => AddressClass.Reserved,
        _ => AddressClass.Public,
    };

    private static AddressClass ClassifyIPv6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6None) || address.Equals(IPAddress.IPv6Any))
        {
            return AddressClass.Unspecified;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return AddressClass.Loopback;
        }

        var b = address.GetAddressBytes();
        return b switch
        {
            [0xfe, >= 0x80 and <= 0xbf, ..] => AddressClass.LinkLocal,
            [0xfe, >= 0xc0, ..] => AddressClass.Private,
            [0xfc or 0xfd, ..] => AddressClass.Private,
            [0xff, ..] => AddressClass.Reserved,
            _ => AddressClass.Public,
        };
    }
}
