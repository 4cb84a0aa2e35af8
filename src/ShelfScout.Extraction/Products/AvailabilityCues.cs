using System.Buffers;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Vocabulary;

namespace ShelfScout.Extraction.Products;

/// <summary>
/// Phrases that state stock, from <c>Vocabulary/stock-phrases.*.txt</c>; negations are tried first so "not in stock"
/// beats "in stock".
/// </summary>
internal static class AvailabilityCues
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabulary = VocabularyFile.Load("stock-phrases");

    // Negations first, then the specific positives, then plain in-stock: the first phrase found decides.
    private static readonly (string Phrase, Availability State)[] Phrases =
        new[] { Availability.OutOfStock, Availability.PreOrder, Availability.BackOrder, Availability.LimitedAvailability, Availability.InStock }
            .SelectMany(state => Vocabulary.Section(state.ToString()).OrderByDescending(p => p.Length).Select(p => (p, state)))
            .ToArray();

    private static readonly SearchValues<string> AnyPhrase = SearchValues.Create(Phrases.Select(p => p.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);
    private static readonly string[] BuyButton = [.. Vocabulary.Section("BuyButton")];

    /// <summary>Words before a stock count that say "remaining" by themselves ("quedan 2", "nur noch 3"), from the vocabulary.</summary>
    public static IReadOnlyList<string> CountBefore { get; } = Vocabulary.Section("CountBefore");

    /// <summary>Words before a stock count that need a stock word after it ("only 3 left", "noch 5 Stück").</summary>
    public static IReadOnlyList<string> CountBeforeUnit { get; } = Vocabulary.Section("CountBeforeUnit");

    /// <summary>Words after a stock count ("3 left", "5 Stück"), from the vocabulary.</summary>
    public static IReadOnlyList<string> CountAfter { get; } = Vocabulary.Section("CountAfter");

    /// <summary>Delivery and pickup options: their own "unavailable" is not the product's.</summary>
    public static IReadOnlyList<string> DeliveryWords { get; } = Vocabulary.Section("Delivery");

    /// <summary>
    /// What else on a product page can be unavailable (live chat, a specification's information, a video): such a word
    /// just before "unavailable" makes it that thing's state, not the product's.
    /// </summary>
    public static IReadOnlyList<string> OtherSubjects { get; } = Vocabulary.Section("OtherSubject");

    /// <summary>How far before the stock phrase an <see cref="OtherSubjects"/> word still is its subject ("Live chat is currently").</summary>
    private const int SubjectReach = 24;

    /// <summary>The state the short text states, or Unknown.</summary>
    public static Availability Classify(string text) => Classify(text, out _);

    /// <summary>
    /// The state the text states, unless the phrase that states it has another subject ("Chat is unavailable",
    /// "Information not available"): then Unknown.
    /// </summary>
    public static Availability ClassifyOwnSubject(string text)
    {
        var state = Classify(text, out var at);
        if (state == Availability.Unknown || at <= 0)
        {
            return state;
        }

        // The words just before the phrase, within its sentence.
        var from = Math.Max(0, at - SubjectReach);
        var before = text.AsSpan(from, at - from);
        var stop = before.LastIndexOfAny(".!?;");
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        foreach (var subject in OtherSubjects)
        {
            if (before.Contains(subject, StringComparison.OrdinalIgnoreCase))
            {
                return Availability.Unknown;
            }
        }

        return state;
    }

    private static Availability Classify(string text, out int at)
    {
        at = -1;
        if (text.Length == 0)
        {
            return Availability.Unknown;
        }

        // One vectorised pass rejects the many texts that state nothing; only a hit pays for the ordered scan.
        if (text.AsSpan().IndexOfAny(AnyPhrase) < 0)
        {
            return Availability.Unknown;
        }

        var lower = text.ToLowerInvariant();
        foreach (var (phrase, state) in Phrases)
        {
            var index = lower.IndexOf(phrase, StringComparison.Ordinal);
            if (index >= 0)
            {
                // Lower-casing keeps the length of the scripts the vocabularies are in, so the index is the text's.
                at = lower.Length == text.Length ? index : -1;
                return state;
            }
        }

        return Availability.Unknown;
    }

    private static readonly string[] Quote = [.. Vocabulary.Section("QuoteButton")];
    private static readonly string[] Notify = [.. Vocabulary.Section("NotifyMe")];

    /// <summary>Labels of a control that asks the shop for this product's price ("request a quote").</summary>
    public static bool IsQuoteButtonText(string text)
    {
        var lower = text.ToLowerInvariant();
        return Quote.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Words of a back-in-stock form ("notify me", "email me when available").</summary>
    public static bool IsNotifyText(string text)
    {
        var lower = text.ToLowerInvariant();
        return Notify.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>Texts of buttons that put the product in a cart: a working one means the product can be bought.</summary>
    public static bool IsBuyButtonText(string text)
    {
        var lower = text.ToLowerInvariant();
        return BuyButton.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }
}
