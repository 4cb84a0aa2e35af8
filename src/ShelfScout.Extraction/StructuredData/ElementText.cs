using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Text content of an element with runs of whitespace collapsed to one space.</summary>
internal static class ElementText
{
    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    public static string Of(IElement element) => Collapse(element.TextContent);

    public static string Collapse(string text) => Spaces.Replace(text, " ").Trim();
}
