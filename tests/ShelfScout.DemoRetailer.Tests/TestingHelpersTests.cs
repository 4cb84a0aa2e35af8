using System.Net;
using ShelfScout.Testing;

namespace ShelfScout.DemoRetailer.Tests;

public class TestingHelpersTests
{
    [Fact]
    public void TempDirectory_ExistsUntilDisposed_ThenIsGone()
    {
        string path;
        using (var temp = new TempDirectory())
        {
            path = temp.Path;
            File.WriteAllText(temp.DatabasePath(), "x");
            Assert.True(File.Exists(temp.File("shelfscout.db")));
        }

        Assert.False(Directory.Exists(path));
    }

    [Fact]
    public async Task Store_BindsLoopbackOnAFreePort_AndAnswersHead()
    {
        await using var store = await TestStores.StartAsync(productCount: 0);
        using var http = store.CreateClient();

        using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal("127.0.0.1", store.BaseUrl.Host);
        Assert.NotEqual(0, store.BaseUrl.Port);
        Assert.EndsWith("/", store.BaseUrl.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(store.Catalog.Products);
    }
}
