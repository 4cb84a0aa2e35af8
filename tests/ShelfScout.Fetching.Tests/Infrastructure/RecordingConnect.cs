using System.Collections.Concurrent;
using System.Net;
using ShelfScout.Fetching.Transport;

namespace ShelfScout.Fetching.Tests.Infrastructure;

/// <summary>
/// The fetcher's connect hook for tests: records every address the SSRF policy let through and opens a socket only
/// to loopback, so a broken policy fails a test instead of reaching a real network.
/// </summary>
internal sealed class RecordingConnect
{
    public ConcurrentQueue<IPEndPoint> Connected { get; } = new();

    /// <summary>A DNS stand-in: names in <paramref name="table"/> resolve to its address, any other name to nothing.</summary>
    public static HostResolver Resolver(IReadOnlyDictionary<string, string> table) => (host, _) =>
        Task.FromResult(table.TryGetValue(host, out var address) ? [IPAddress.Parse(address)] : Array.Empty<IPAddress>());

    public SocketConnect Connect => async (endpoint, ct) =>
    {
        Connected.Enqueue(endpoint);
        if (!IPAddress.IsLoopback(endpoint.Address))
        {
            throw new IOException($"test hook: refusing to open a connection to non-loopback {endpoint}");
        }

        return await TcpSocketConnect.ConnectAsync(endpoint, ct);
    };
}
