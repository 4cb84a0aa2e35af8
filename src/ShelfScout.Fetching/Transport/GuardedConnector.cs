using System.Net;
using System.Runtime.ExceptionServices;
using ShelfScout.Fetching.Network;

namespace ShelfScout.Fetching.Transport;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host itself and connects only to addresses the
/// <see cref="NetworkPolicy"/> allows, so neither a DNS answer nor a redirect can steer the crawler elsewhere.
/// </summary>
internal sealed class GuardedConnector(NetworkPolicy policy, SocketConnect connect, HostResolver? resolve = null)
{
    private readonly HostResolver _resolve = resolve ?? Dns.GetHostAddressesAsync;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = AddressClassifier.Literal(endpoint.Host) is { } literal
            ? [literal]
            : await _resolve(endpoint.Host, cancellationToken).ConfigureAwait(false);
        string? refusal = null;
        ExceptionDispatchInfo? lastFailure = null;
        foreach (var address in addresses)
        {
            if (policy.Refusal(address) is { } reason)
            {
                refusal ??= reason;
                continue;
            }

            try
            {
                return await connect(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException)
            {
                lastFailure = ExceptionDispatchInfo.Capture(ex);
            }
        }

        lastFailure?.Throw();
        throw new AddressRefusedException(refusal ?? $"{endpoint.Host} has no address");
    }
}
