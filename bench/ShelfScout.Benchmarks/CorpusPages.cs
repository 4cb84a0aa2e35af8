using System.Text.Json;

namespace ShelfScout.Benchmarks;

/// <summary>The saved product pages of the shared corpus, with their URLs from its ground truth.</summary>
internal static class CorpusPages
{
    public static string Directory { get; } = Find();

    public static IReadOnlyList<(string Id, Uri Url, string Html)> Load()
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "ground-truth.json")));
        return truth.RootElement.EnumerateObject()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, new Uri(p.Value.GetProperty("url").GetString()!), File.ReadAllText(Path.Combine(Directory, "html", p.Name + ".html"))))
            .ToList();
    }

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("SHELFSCOUT_CORPUS");
        if (env is not null)
        {
            // The corpus root, as the tests take it, or its product-pages folder.
            var pages = Path.Combine(env, "product-pages");
            return System.IO.Directory.Exists(pages) ? pages : env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "product-pages");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/corpus/product-pages not found; set SHELFSCOUT_CORPUS");
    }
}
