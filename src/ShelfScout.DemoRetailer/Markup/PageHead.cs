namespace ShelfScout.DemoRetailer.Markup;

/// <summary>What goes into a page's &lt;head&gt;: title, canonical URL, optional rel prev/next and JSON-LD blocks.</summary>
internal sealed record PageHead(string Title, string CanonicalPath)
{
    public string? Description { get; init; }

    public string? PrevPath { get; init; }

    public string? NextPath { get; init; }

    public bool NoIndex { get; init; }

    public IReadOnlyList<string> JsonLdBlocks { get; init; } = [];
}
