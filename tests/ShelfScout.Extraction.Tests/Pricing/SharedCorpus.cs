namespace ShelfScout.Extraction.Tests.Pricing;

/// <summary>Finds <c>shared/corpus</c>: <c>SHELFSCOUT_CORPUS</c> when set, else by walking up from the test binary (it sits beside the repository).</summary>
internal static class SharedCorpus
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("SHELFSCOUT_CORPUS") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException("SHELFSCOUT_CORPUS does not exist: " + configured);
        }

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
