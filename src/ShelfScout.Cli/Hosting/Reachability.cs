using System.Net.Sockets;

namespace ShelfScout.Cli.Hosting;

/// <summary>Checks that a store's host accepts connections before a run starts, so a typo fails in one line, fast.</summary>
internal static class Reachability
{
    public static async Task EnsureReachableAsync(Uri url, CancellationToken cancellationToken)
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
            throw new CliException($"cannot reach {url.GetLeftPart(UriPartial.Authority)}: {ex.Message}", 5);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"cannot reach {url.GetLeftPart(UriPartial.Authority)}: connection timed out", 5);
        }
    }
}
