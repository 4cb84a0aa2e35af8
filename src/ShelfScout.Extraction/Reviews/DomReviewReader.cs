using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Products;

namespace ShelfScout.Extraction.Reviews;

/// <summary>
/// Reads reviews from the visible page: the repeated blocks of the review section that carry a star rating and a
/// date, each split into author, rating, title, body and date by role, not by class.
/// </summary>
internal static partial class DomReviewReader
{
    public static IReadOnlyList<ReviewData> Read(IElement? section)
    {
        if (section is null)
        {
            return [];
        }

        return Blocks(section).Select(ReadBlock).Where(r => r.Rating is not null || r.Body is not null).Distinct().ToList();
    }

    public static int CountBlocks(IElement container) => Blocks(container).Count;

    /// <summary>Review-like blocks that also carry a date: stricter, for containers no name marks as reviews.</summary>
    public static int CountDatedBlocks(IElement container) => Blocks(container).Count(HasDate);

    private static bool HasDate(IElement block) =>
        block.QuerySelector("time[datetime], [itemprop=datePublished]") is not null || WrittenDate(block) is not null;

    // Section finding asks about nested candidates (a section, its list, the page's main): each element is judged once.
    // Weak keys: the memo goes with the parsed document.
    private static readonly ConditionalWeakTable<IElement, List<IElement>> BlocksMemo = [];
    private static readonly ConditionalWeakTable<IElement, StrongBox<bool>> ReviewMemo = [];

    private static List<IElement> Blocks(IElement container) => BlocksMemo.GetValue(container, FindBlocks);

    private static bool LooksLikeReview(IElement block) => ReviewMemo.GetValue(block, b => new StrongBox<bool>(JudgeBlock(b))).Value;

    private static List<IElement> FindBlocks(IElement container)
    {
        // The parent whose children most often look like reviews holds the list.
        var best = container.QuerySelectorAll("*").Prepend(container)
            .Select(parent => (Parent: parent, Blocks: parent.Children.Where(LooksLikeReview).ToList()))
            .Where(x => x.Blocks.Count > 0)
            .OrderByDescending(x => x.Blocks.Count)
            .FirstOrDefault();
        return best.Blocks ?? [];
    }

    private static bool JudgeBlock(IElement block)
    {
        if (block.LocalName is "script" or "style" or "nav" or "h2" or "h3")
        {
            return false;
        }

        // Cheapest tests first: enough text, then a date (digits in the text or a machine-readable date), then stars.
        // A date is required: a rating with text alone is also what a "4.4 out of 5, based on 7 reviews" summary looks like.
        var text = block.TextContent;
        if (text.Trim().Length < 10)
        {
            return false;
        }

        var machineDate = block.QuerySelector("time[datetime], [itemprop=datePublished]") is not null;
        if (!machineDate && (!text.AsSpan().ContainsAnyInRange('0', '9') || WrittenDate(block) is null))
        {
            return false;
        }

        return StarRating(block) is not null;
    }

    private static ReviewData ReadBlock(IElement block)
    {
        var rating = StarRating(block);
        var dateElement = block.QuerySelector("time[datetime], [itemprop=datePublished]");
        var date = ReviewDates.Parse(dateElement?.GetAttribute("datetime") ?? dateElement?.GetAttribute("content") ?? dateElement?.TextContent)
            ?? WrittenDate(block);
        var title = block.QuerySelector("h3, h4, h5, h6, [itemprop=name], strong")?.TextContent;
        var authorLine = dateElement?.ParentElement is { } line && line != block ? line : null;
        var author = Author(block, authorLine, dateElement);
        var body = block.QuerySelectorAll("p, div, blockquote, [itemprop=reviewBody], [itemprop=description]")
            .Where(e => e.Children.Length == 0 || e.Children.All(c => c.LocalName is "br" or "em" or "i" or "b"))
            .Where(e => e != authorLine && !Same(e.TextContent, title) && StarRating(e) is null)
            .Select(e => Clean(e.TextContent))
            .Where(t => t is not null && !Same(t, author))
            .OrderByDescending(t => t!.Length)
            .FirstOrDefault();
        return new ReviewData(author, rating, Clean(title), body, date);
    }

    private static string? Author(IElement block, IElement? authorLine, IElement? dateElement)
    {
        if (block.QuerySelector("[itemprop=author]") is { } marked)
        {
            return Clean(marked.TextContent);
        }

        if (authorLine is null)
        {
            return null;
        }

        // "By <span>Fatima S.</span> on <time>": the first named child that is not the date.
        var named = authorLine.Children.FirstOrDefault(c => c != dateElement && c.LocalName is "span" or "strong" or "b" or "a" or "em" && Clean(c.TextContent) is not null);
        if (named is not null)
        {
            return Clean(named.TextContent);
        }

        var text = authorLine.TextContent;
        if (dateElement is not null)
        {
            text = text.Replace(dateElement.TextContent, " ", StringComparison.Ordinal);
        }

        return Clean(AuthorWords().Replace(text, " ").Trim(' ', ',', '-', '–', '|', '·'));
    }

    // Leaf by leaf: TextContent glues neighbours ("JoMarch 3, 2025") and breaks the date.
    private static DateOnly? WrittenDate(IElement block) =>
        block.QuerySelectorAll("*").Where(e => e.ChildElementCount == 0).Select(e => ReviewDates.Find(e.TextContent)).FirstOrDefault(d => d is not null)
        ?? ReviewDates.Find(block.TextContent);

    private static decimal? StarRating(IElement element)
    {
        var widget = element.QuerySelector("[aria-label*=star i], [title*=star i], [class*=star i], [class*=rating i], [itemprop=ratingValue], [role=img]");
        if (widget is not null && (RatingText.FromElement(widget) ?? Glyphs(widget.TextContent)) is { } fromWidget)
        {
            return fromWidget;
        }

        // "2/5", "4 out of 5" in a short leaf or in a title/aria-label anywhere in the block.
        foreach (var e in element.QuerySelectorAll("*"))
        {
            var label = e.GetAttribute("aria-label") ?? e.GetAttribute("title");
            var leaf = e.ChildElementCount == 0 && e.TextContent.Length <= 20 ? e.TextContent : null;
            if ((RatingText.FromText(label) ?? RatingText.FromText(leaf)) is { } rating)
            {
                return rating;
            }
        }

        return Glyphs(element.TextContent);
    }

    private static decimal? Glyphs(string text)
    {
        var filled = text.Count(c => c is '★' or '⭐');
        var empty = text.Count(c => c is '☆');
        return filled > 0 && filled + empty <= 5 ? filled : null;
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Clean(a), Clean(b), StringComparison.OrdinalIgnoreCase);

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    [GeneratedRegex(@"^\s*(?:by|von|par|por|door|di|av|af|przez|от)\s+|\s+(?:on|am|le|el|il|op|den|em)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorWords();
}
