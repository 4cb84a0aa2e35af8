using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Runs;
using ShelfScout.Notifications.Webhooks;

namespace ShelfScout.Notifications.Tests;

public sealed class WebhookInputTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("https://localhost/hooks/shelfscout?token=a")]
    public void WebhookUrl_AcceptsHttpAndHttps(string text)
    {
        Assert.True(WebhookUrl.TryParse(text, out var url, out _));
        Assert.Equal(new Uri(text), url);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("/relative/hook")]
    [InlineData("ftp://127.0.0.1/hook")]
    [InlineData("file:///tmp/hook")]
    public void WebhookUrl_RejectsAnythingElse_WithAReason(string text)
    {
        Assert.False(WebhookUrl.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void KindNames_RoundTripEveryKind()
    {
        foreach (var kind in Enum.GetValues<PriceAlertKind>())
        {
            Assert.True(AlertKindTable.TryParse(AlertKindTable.Name(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }

        Assert.True(AlertKindTable.TryParse("Out-Of-Stock", out var outOfStock));
        Assert.Equal(PriceAlertKind.WentOutOfStock, outOfStock);
        Assert.False(AlertKindTable.TryParse("cheaper", out _));
    }

    [Fact]
    public void Signature_IsTheHexHmacOfTheBody()
    {
        // RFC 4231 test case 2.
        var body = "what do ya want for nothing?"u8.ToArray();

        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", WebhookSignature.Compute("Jefe", body));
        Assert.True(WebhookSignature.Verify("Jefe", body, "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        Assert.False(WebhookSignature.Verify("Jefe", body, null));
    }
}
