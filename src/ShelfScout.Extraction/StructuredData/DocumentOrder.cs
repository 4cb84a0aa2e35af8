using AngleSharp.Dom;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Orders nodes as they appear in the document.</summary>
internal sealed class DocumentOrder : IComparer<IElement>
{
    public static DocumentOrder Instance { get; } = new();

    public int Compare(IElement? x, IElement? y)
    {
        if (ReferenceEquals(x, y) || x is null || y is null)
        {
            return 0;
        }

        var position = x.CompareDocumentPosition(y);
        return (position & DocumentPositions.Following) != 0 ? -1 : 1;
    }
}
