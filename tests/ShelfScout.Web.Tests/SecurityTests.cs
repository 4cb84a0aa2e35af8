using System.Net;
using System.Net.Http.Headers;
using ShelfScout.Storage.Sqlite;
using ShelfScout.Testing;
using ShelfScout.Web.Hosting;

namespace ShelfScout.Web.Tests;

/// <summary>Over real HTTP on loopback: the token gate, the read-only gate and the refusal to listen openly without a token.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task NonLoopbackAddress_WithoutToken_IsRefusedBeforeListening()
    {
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(directory.DatabasePath(), TimeProvider.System, CancellationToken.None);
        var options = new DashboardOptions { Listen = new ListenAddress(IPAddress.Any, 0) };

        var error = await Assert.ThrowsAsync<DashboardConfigurationException>(() => DashboardHost.StartAsync(store, store, options, CancellationToken.None));

        Assert.Contains("--token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithToken_EveryRequestNeedsIt_AndALinkWithItSetsACookie()
    {
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(directory.DatabasePath(), TimeProvider.System, CancellationToken.None);
        await using var dashboard = await DashboardHost.StartAsync(store, store, new DashboardOptions { Listen = new ListenAddress(IPAddress.Loopback, 0), Token = "s3cret" }, CancellationToken.None);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = dashboard.BaseUrl };

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/products", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/assets/dashboard.js", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/?token=wrong", UriKind.Relative))).StatusCode);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/products", UriKind.Relative));
        bearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);

        var link = await client.GetAsync(new Uri("/alerts?kind=new&token=s3cret", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);
        Assert.Equal("/alerts?kind=new", link.Headers.Location!.OriginalString);
        Assert.Contains(link.Headers.GetValues("Set-Cookie"), c => c.StartsWith("shelfscout_token=s3cret", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AnythingButGetOrHead_IsRefused_AndEveryResponseCarriesTheSecurityHeaders()
    {
        using var directory = new TempDirectory();
        await using var store = await SqliteShelfStore.OpenAsync(directory.DatabasePath(), TimeProvider.System, CancellationToken.None);
        await using var dashboard = await DashboardHost.StartAsync(store, store, new DashboardOptions { Listen = new ListenAddress(IPAddress.Loopback, 0) }, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = dashboard.BaseUrl };

        using var empty = new StringContent(string.Empty);
        var post = await client.PostAsync(new Uri("/products", UriKind.Relative), empty);
        var delete = await client.DeleteAsync(new Uri("/api/products/1", UriKind.Relative));
        var get = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var csp = string.Join(";", get.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", get.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", get.Headers.GetValues("X-Frame-Options").Single());
    }
}
