namespace ShelfScout.Extraction.Discovery;

/// <summary>
/// The page's own evidence behind a classification, for a decision taken with the rest of the site's pages: a page
/// holding evidence for two roles (a product with a related grid, a one-product category showing its card's buy
/// button) is settled by what the other pages of its template turned out to be.
/// </summary>
/// <param name="Cards">Product cards of the main grid that link elsewhere.</param>
/// <param name="BuyControls">Buy controls outside those cards and outside page chrome.</param>
/// <param name="HasHeading">The page has a main heading.</param>
/// <param name="ProductPage">The product engine read a main product (markup, or a named and priced product on the page).</param>
/// <param name="NamedByMarkup">Product markup names the main heading: the page is that product's own.</param>
/// <param name="Described">Distinct products its markup describes.</param>
/// <param name="Paged">The page links further pages of itself (a pager).</param>
/// <param name="Error">An error page.</param>
public sealed record PageSignals(int Cards, int BuyControls, bool HasHeading, bool ProductPage, bool NamedByMarkup, int Described, bool Paged, bool Error)
{
    /// <summary>No evidence recorded (a classification made without reading the page's parts).</summary>
    public static PageSignals None { get; } = new(0, 0, false, false, false, 0, false, false);

    /// <summary>An error page ("Page not found").</summary>
    public static PageSignals ErrorPage { get; } = None with { Error = true };

    /// <summary>The quick verdict: markup naming the heading, no listing read.</summary>
    public static PageSignals NamedProduct { get; } = None with { HasHeading = true, ProductPage = true, NamedByMarkup = true };

    /// <summary>Evidence of a product page: a main product read, or a heading with a buy control of its own.</summary>
    public bool ShowsProduct => ProductPage || (HasHeading && BuyControls > 0);

    /// <summary>Evidence of a listing: cards, several products described, or a pager.</summary>
    public bool ShowsListing => Cards > 0 || Described >= 2 || Paged;

    /// <summary>The evidence in words, for the frontier and <c>shelfscout explain</c> ("4 cards, 1 buy control, a heading, a main product, a pager").</summary>
    public string Describe()
    {
        var parts = new List<string>(8);
        if (Error)
        {
            parts.Add("an error page");
        }

        parts.Add(Cards == 1 ? "1 card" : $"{Cards} cards");
        parts.Add(BuyControls == 1 ? "1 buy control" : $"{BuyControls} buy controls");
        parts.Add(HasHeading ? "a heading" : "no heading");
        if (ProductPage)
        {
            parts.Add(NamedByMarkup ? "a main product named by its markup" : "a main product");
        }

        if (Described >= 2)
        {
            parts.Add($"{Described} products described in markup");
        }

        if (Paged)
        {
            parts.Add("a pager");
        }

        return string.Join(", ", parts);
    }
}
