namespace ShelfScout.Extraction.StructuredData;

/// <summary>One value of a structured property: either text (numbers and booleans included) or a nested item.</summary>
public sealed record StructuredValue(string? Text, StructuredItem? Item)
{
    public static StructuredValue OfText(string text) => new(text, null);

    public static StructuredValue OfItem(StructuredItem item) => new(null, item);
}
