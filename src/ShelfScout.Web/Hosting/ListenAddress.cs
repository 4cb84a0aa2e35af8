using System.Globalization;
using System.Net;

namespace ShelfScout.Web.Hosting;

/// <summary>Where the dashboard listens: an IP address (or <c>localhost</c>) and a port, e.g. <c>127.0.0.1:8080</c> or <c>[::]:8080</c>.</summary>
public sealed record ListenAddress(IPAddress Address, int Port)
{
    public const string Default = "127.0.0.1:8080";

    public bool IsLoopback => IPAddress.IsLoopback(Address);

    public IPEndPoint EndPoint => new(Address, Port);

    /// <summary>Parses <c>HOST:PORT</c>; a host name other than <c>localhost</c> is refused (say which address to bind).</summary>
    public static bool TryParse(string? text, out ListenAddress? address, out string? error)
    {
        address = null;
        error = null;
        var value = text?.Trim() ?? string.Empty;
        var colon = value.LastIndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
        {
            error = $"--listen '{text}' is not HOST:PORT (e.g. {Default})";
            return false;
        }

        var host = value[..colon].Trim('[', ']');
        if (!int.TryParse(value.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > IPEndPoint.MaxPort)
        {
            error = $"--listen '{text}': the port must be a number from 0 to {IPEndPoint.MaxPort}";
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = new ListenAddress(IPAddress.Loopback, port);
            return true;
        }

        if (!IPAddress.TryParse(host, out var ip))
        {
            error = $"--listen '{text}': give an IP address (127.0.0.1, 0.0.0.0, ::1) or localhost, not a host name";
            return false;
        }

        address = new ListenAddress(ip, port);
        return true;
    }

    public override string ToString() => Address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
        ? string.Create(CultureInfo.InvariantCulture, $"[{Address}]:{Port}")
        : string.Create(CultureInfo.InvariantCulture, $"{Address}:{Port}");
}
