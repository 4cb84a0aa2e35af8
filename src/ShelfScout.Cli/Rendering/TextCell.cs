namespace ShelfScout.Cli.Rendering;

/// <summary>A table cell: plain text, and a Spectre style (<c>green</c>, <c>bold</c>) shown on a terminal.</summary>
internal readonly record struct TextCell(string Text, string? Style = null)
{
    public static implicit operator TextCell(string text) => new(text);
}
