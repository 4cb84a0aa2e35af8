using System.Net;
using System.Net.Sockets;

namespace ShelfScout.Fetching.Transport;

/// <summary>Opens a TCP stream to one already-vetted address (tests substitute one that records and refuses).</summary>
internal delegate ValueTask<Stream> SocketConnect(IPEndPoint endpoint, CancellationToken cancellationToken);

/// <summary>Resolves a host name to its addresses (tests substitute a table, so no test depends on a real DNS answer).</summary>
internal delegate Task<IPAddress[]> HostResolver(string host, CancellationToken cancellationToken);

/// <summary>The production <see cref="SocketConnect"/>: a plain TCP socket.</summary>
internal static class TcpSocketConnect
{
    public static async ValueTask<Stream> ConnectAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
