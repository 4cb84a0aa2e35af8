namespace ShelfScout.Fetching.Network;

/// <summary>What kind of network an IP address belongs to, for the connect-time SSRF policy.</summary>
public enum AddressClass
{
    /// <summary>Globally routable: an ordinary web server.</summary>
    Public,

    /// <summary>RFC 1918 (10/8, 172.16/12, 192.168/16), shared address space 100.64/10, IPv6 unique-local fc00::/7 and site-local fec0::/10.</summary>
    Private,

    /// <summary>127/8 and ::1.</summary>
    Loopback,

    /// <summary>169.254/16 (cloud metadata lives at 169.254.169.254) and fe80::/10: never a store, refused unless private networks are allowed.</summary>
    LinkLocal,

    /// <summary>0.0.0.0/8 and ::, which a connect turns into "this host": refused unless private networks are allowed.</summary>
    Unspecified,

    /// <summary>Multicast, broadcast, benchmarking and reserved ranges: refused unless private networks are allowed.</summary>
    Reserved,
}
