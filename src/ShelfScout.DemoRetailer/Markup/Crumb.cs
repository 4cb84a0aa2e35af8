namespace ShelfScout.DemoRetailer.Markup;

/// <summary>One breadcrumb step; the current page has no link.</summary>
internal sealed record Crumb(string Name, string? RelativeUrl);
