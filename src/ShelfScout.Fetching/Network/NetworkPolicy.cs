using System.Globalization;
using System.Net;

namespace ShelfScout.Fetching.Network;

/// <summary>
/// The connect-time SSRF rule: every address the fetcher connects to must be of one class (the start URL's). With no
/// class configured, the class of the first address checked is pinned, which in a crawl is the start URL's host.
/// </summary>
internal sealed class NetworkPolicy
{
    private const int Unpinned = -1;
    private readonly bool _allowAny;
    private int _scope;

    public NetworkPolicy(AddressClass? scope, bool allowAny)
    {
        if (scope is { } s && s is not (AddressClass.Public or AddressClass.Private or AddressClass.Loopback))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), s, "A crawl can be limited to public, private or loopback addresses only.");
        }

        _allowAny = allowAny;
        _scope = scope is { } value ? (int)value : Unpinned;
    }

    /// <summary>The class connections are limited to, once known.</summary>
    public AddressClass? Scope => Volatile.Read(ref _scope) is var s && s == Unpinned ? null : (AddressClass)s;

    /// <summary>Null when <paramref name="address"/> may be connected to; otherwise why not, in one line.</summary>
    public string? Refusal(IPAddress address)
    {
        if (_allowAny)
        {
            return null;
        }

        var found = AddressClassifier.Classify(address);
        if (found is not (AddressClass.Public or AddressClass.Private or AddressClass.Loopback))
        {
            return Describe(address, found, Scope);
        }

        var scope = Interlocked.CompareExchange(ref _scope, (int)found, Unpinned);
        var allowed = scope == Unpinned ? found : (AddressClass)scope;
        return found == allowed ? null : Describe(address, found, allowed);
    }

    private static string Describe(IPAddress address, AddressClass found, AddressClass? allowed) => string.Create(
        CultureInfo.InvariantCulture,
        $"refused to connect to {address} ({Name(found)} address){(allowed is { } a ? $": this crawl may only reach {Name(a)} addresses" : string.Empty)}; --allow-private-network lifts this");

    private static string Name(AddressClass value) => value switch
    {
        AddressClass.LinkLocal => "link-local",
        _ => value.ToString().ToLowerInvariant(),
    };
}
