namespace ShelfScout.Fetching.Network;

/// <summary>Thrown from the connect callback when the SSRF policy refuses every address of a host; no socket was opened.</summary>
internal sealed class AddressRefusedException(string message) : Exception(message)
{
    /// <summary>The refusal somewhere in <paramref name="exception"/>'s inner exceptions (HttpClient wraps it), or null.</summary>
    public static AddressRefusedException? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
