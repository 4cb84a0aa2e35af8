using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace ShelfScout.Web.Assets;

/// <summary>
/// Serves the scripts and styles embedded from <c>wwwroot/</c> (the dashboard's own and the vendored uPlot) under
/// <c>/assets/</c>, read once at start. Only embedded names are served, so no path reaches the file system.
/// </summary>
internal sealed class EmbeddedAssets
{
    private const string Prefix = "ShelfScout.Web.Assets.";

    private readonly FrozenDictionary<string, (byte[] Body, string ContentType)> _assets;

    public EmbeddedAssets()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var assets = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var path = name[Prefix.Length..].Replace('\\', '/');
            assets[path] = (copy.ToArray(), path.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }

        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IEnumerable<string> Names => _assets.Keys;

    public Task HandleAsync(HttpContext context)
    {
        var path = context.Request.RouteValues["path"] as string ?? string.Empty;
        if (!_assets.TryGetValue(path, out var asset))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        context.Response.ContentType = asset.ContentType;
        context.Response.Headers.CacheControl = "public, max-age=3600";
        context.Response.ContentLength = asset.Body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : context.Response.Body.WriteAsync(asset.Body, context.RequestAborted).AsTask();
    }
}
