using System.Security.Cryptography;
using System.Text;

namespace ShelfScout.Notifications.Webhooks;

/// <summary>The <c>X-ShelfScout-Signature</c> header: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of the body.</summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-ShelfScout-Signature";

    public static string Compute(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>True when <paramref name="header"/> is the signature of <paramref name="body"/> (compared in constant time).</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? header) =>
        header is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(secret, body)), Encoding.ASCII.GetBytes(header));
}
