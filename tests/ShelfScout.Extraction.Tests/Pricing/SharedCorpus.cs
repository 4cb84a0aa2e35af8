namespace ShelfScout.Extraction.Tests.Pricing;

/// <summary>Finds <c>shared/corpus</c> by walking up from the test binary (it sits beside the repository).</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No shared/corpus folder above " + AppContext.BaseDirectory);
    }
}
