using System.Net;
using System.Net.Sockets;
using ShelfScout.Fetching.Network;

namespace ShelfScout.Cli.Hosting;

/// <summary>Checks that a store's host accepts connections before a run starts, so a typo fails in one line, fast.</summary>
internal static class Reachability
{
    /// <summary>Connects once and returns the class of the address reached: the crawl is then limited to that class.</summary>
    public static async Task<AddressClass> EnsureReachableAsync(Uri url, bool allowPrivateNetwork, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(url.Host, url.Port, timeout.Token).ConfigureAwait(false);
        }
        catch (SocketException ex)
        {
            throw new CliException($"cannot reach {url.GetLeftPart(UriPartial.Authority)}: {ex.Message}", ExitCodes.Unreachable);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"cannot reach {url.GetLeftPart(UriPartial.Authority)}: connection timed out", ExitCodes.Unreachable);
        }

        var address = (client.Client.RemoteEndPoint as IPEndPoint)?.Address ?? IPAddress.None;
        var found = AddressClassifier.Classify(address);
        if (found is not (AddressClass.Public or AddressClass.Private or AddressClass.Loopback) && !allowPrivateNetwork)
        {
            throw new CliException($"--url resolves to {address}, a {found.ToString().ToLowerInvariant()} address; add --allow-private-network if that is really the store", ExitCodes.Usage);
        }

        return found is AddressClass.Public or AddressClass.Private or AddressClass.Loopback ? found : AddressClass.Private;
    }
}
