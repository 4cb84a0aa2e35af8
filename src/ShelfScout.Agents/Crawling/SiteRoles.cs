using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Page roles decided per site. Pages are grouped by URL template (<see cref="UrlTemplate"/>) and by how they were
/// reached (as a listing's card, through navigation, otherwise). A page whose own evidence settles its role (product
/// markup naming its heading, a listing with a pager or a stated count) votes for its group; a page holding evidence
/// for both roles (a product page with a related-items grid and no buy button of its own, a product page whose markup
/// describes its related items, a one-product category showing its card's buy button) takes its group's role, so one
/// page's local feature never outweighs what the rest of its template turned out to be. Such a page read before its
/// group has a role waits (it is read again after the rest); with no group evidence at all, the link that led to it
/// decides: a card leads to a product, navigation to a listing. What decided each page is kept with its frontier entry
/// (<see cref="RoleBasis"/>): a resumed crawl counts the same votes (<see cref="Seed"/>), and once the crawl has read
/// everything, pages that took their group's role before the group settled otherwise are decided again
/// (<see cref="Redecisions"/>, <see cref="RoleRevisit"/>).
/// </summary>
internal sealed class SiteRoles
{
    private readonly Dictionary<string, Votes> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Votes> _arrivals = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Votes a group needs before its role is settled.</summary>
    public const int MinVotes = 3;

    /// <summary>The share of its votes a role needs to be the group's.</summary>
    public const double Agreement = 0.75;

    /// <summary>Pages of one template that may wait for their group's role in a run; later ones decide at once.</summary>
    public const int WaitBudget = 5;

    private enum Arrival
    {
        Card,
        Navigation,
        Other,
    }

    /// <summary>
    /// The role of a page the classifier read as <paramref name="local"/>, whose grid links <paramref name="cards"/>.
    /// <paramref name="statedCount"/> is asked only when needed (it reads the page's text).
    /// </summary>
    public RoleDecision Decide(Uri url, FrontierReason reason, int attempts, PageKind local, PageSignals signals, IReadOnlyList<Uri> cards, Func<int> statedCount)
    {
        if (reason == FrontierReason.Start || signals.Error || local is not (PageKind.Product or PageKind.Listing))
        {
            return RoleDecision.Keep;
        }

        var template = UrlTemplate.Of(url);
        var arrival = ArrivalOf(reason);
        var own = template + " " + arrival;
        var vote = OwnVote(local, signals, template, cards, statedCount, out var stated);
        if (vote is { } kind)
        {
            CountArrival(template, arrival);
            // Only markup naming the heading outweighs the group: a page read as a product for showing no grid (a
            // one-product listing whose single card the grid reader passes over) takes the role its group has.
            if (kind == PageKind.Product && !signals.NamedByMarkup && Settled(own) is PageKind.Listing)
            {
                return new RoleDecision(PageKind.Listing, $"a listing, as its template group ({template}, reached by {arrival.ToString().ToLowerInvariant()}) says, though it reads as a product page", Wait: false, RoleBasis.Group);
            }

            Vote(own, template, kind);
            return RoleDecision.KeepBy(kind == PageKind.Product ? RoleBasis.ProductVote : RoleBasis.ListingVote);
        }

        // A further page of a listing is one, whatever it shows; it is never re-decided.
        var weak = signals.ShowsProduct && (signals.ShowsListing || stated > 0);
        if (!weak || reason == FrontierReason.Pagination)
        {
            CountArrival(template, arrival);
            return RoleDecision.KeepBy(RoleBasis.OwnEvidence);
        }

        if (Settled(own) is null && arrival != Arrival.Other && attempts <= 1 && TryWait(template))
        {
            return RoleDecision.Later;
        }

        CountArrival(template, arrival);
        var (role, basis) = GroupRole(template, arrival);
        return role is { } decided && decided != local
            ? new RoleDecision(decided, $"{Describe(decided)}, as {basis} says, though it reads as {Describe(local)}", Wait: false, RoleBasis.Group)
            : RoleDecision.KeepBy(RoleBasis.Group);
    }

    /// <summary>
    /// The role a page holding evidence both ways takes now: its group's (template and arrival); with none yet, the link
    /// that led to it (a card: a product; navigation: a listing); reached otherwise (exploring, a plain link), how the
    /// site links the template's pages (most as cards: products), else the votes of the template's pages, however they
    /// were reached. Listings vote more readily than products (a pager, a count or a grid of other pages settles a
    /// listing; only markup naming the heading, or no grid, settles a product), so the links come first.
    /// </summary>
    private (PageKind? Role, string Basis) GroupRole(string template, Arrival arrival)
    {
        if (Settled(template + " " + arrival) is { } grouped)
        {
            return (grouped, $"its template group ({template}, reached by {arrival.ToString().ToLowerInvariant()})");
        }

        switch (arrival)
        {
            case Arrival.Card:
                return (PageKind.Product, "the product card that links it");
            case Arrival.Navigation:
                return (PageKind.Listing, "the category link that leads to it");
        }

        return SettledBy(_arrivals, template) is { } linked ? (linked, $"the site's links to {template} pages")
            : Settled(template) is { } pooled ? (pooled, $"its template {template}")
            : (null, string.Empty);
    }

    /// <summary>
    /// Counts what a crawl's frontier kept of the pages read so far (<see cref="RoleTally"/>), as if they had been read by
    /// this run: a resumed crawl's groups start where the stopped run left them.
    /// </summary>
    public void Seed(IEnumerable<RoleTally> tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        foreach (var row in tally)
        {
            var arrival = ArrivalOf(row.Reason);
            CountArrival(row.Template, arrival, row.Pages);
            if (row.Basis is RoleBasis.ProductVote or RoleBasis.ListingVote)
            {
                Vote(row.Template + " " + arrival, row.Template, row.Basis == RoleBasis.ProductVote ? PageKind.Product : PageKind.Listing, row.Pages);
            }
        }
    }

    /// <summary>
    /// The groups of pages that took their group's role (<see cref="RoleBasis.Group"/>) as one kind while the group, with
    /// all of the crawl's evidence now, says the other: each such page is to be decided again.
    /// </summary>
    public IReadOnlyList<(string Template, FrontierReason Reason, PageKind Taken, PageKind Now)> Redecisions(IEnumerable<RoleTally> tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var changes = new List<(string, FrontierReason, PageKind, PageKind)>();
        foreach (var row in tally)
        {
            if (row.Basis != RoleBasis.Group || row.PageKind is not (PageKind.Product or PageKind.Listing) || GroupRole(row.Template, ArrivalOf(row.Reason)).Role is not { } now)
            {
                continue;
            }

            if (now != row.PageKind)
            {
                changes.Add((row.Template, row.Reason, row.PageKind.Value, now));
            }
        }

        return changes;
    }

    /// <summary>
    /// The role the page's own evidence settles, if any. A product: markup naming its heading; a heading and a main
    /// product with no grid and no count; or a grid of its siblings (cards of its own template: related products). A
    /// listing: a pager, a stated count, or a grid of pages of another template (a collection's products).
    /// </summary>
    private static PageKind? OwnVote(PageKind local, PageSignals signals, string template, IReadOnlyList<Uri> cards, Func<int> statedCount, out int stated)
    {
        stated = 0;
        if (local == PageKind.Product && signals.NamedByMarkup)
        {
            return PageKind.Product;
        }

        stated = statedCount();
        var siblings = cards.Count(u => string.Equals(UrlTemplate.Of(u), template, StringComparison.Ordinal));
        var ownTemplateGrid = cards.Count > 0 && siblings * 2 > cards.Count;
        var otherTemplateGrid = cards.Count > 0 && siblings * 2 < cards.Count;
        if (local == PageKind.Product && stated == 0 && !signals.Paged && (!signals.ShowsListing || ownTemplateGrid))
        {
            return PageKind.Product;
        }

        return local == PageKind.Listing && (signals.Paged || stated > 0 || otherTemplateGrid) ? PageKind.Listing : null;
    }

    /// <summary>
    /// True when the site links pages of the URL's template as products: most of those read were reached as cards. (Not
    /// by the template's votes: pages found by exploring, such as a product's review pages, vote for their own template.)
    /// A page of such a template is a product of its own, not another view of one.
    /// </summary>
    public bool IsProductTemplate(Uri url) => SettledBy(_arrivals, UrlTemplate.Of(url)) == PageKind.Product;

    private static string Describe(PageKind kind) => kind == PageKind.Product ? "a product page" : "a listing";

    private static Arrival ArrivalOf(FrontierReason reason) => reason switch
    {
        FrontierReason.ProductCard or FrontierReason.ProductSitemap => Arrival.Card,
        FrontierReason.Menu or FrontierReason.Subcategory or FrontierReason.Sitemap or FrontierReason.Breadcrumb or FrontierReason.Pagination => Arrival.Navigation,
        _ => Arrival.Other,
    };

    private void Vote(string group, string template, PageKind kind, int pages = 1)
    {
        lock (_lock)
        {
            Add(group, kind);
            Add(template, kind);
        }

        void Add(string key, PageKind k)
        {
            var votes = _groups.GetValueOrDefault(key);
            _groups[key] = k == PageKind.Product ? votes with { Products = votes.Products + pages } : votes with { Listings = votes.Listings + pages };
        }
    }

    /// <summary>Pages of a template read so far by how they were reached: as cards (products) or through navigation (listings).</summary>
    private void CountArrival(string template, Arrival arrival, int pages = 1)
    {
        if (arrival == Arrival.Other)
        {
            return;
        }

        lock (_lock)
        {
            var seen = _arrivals.GetValueOrDefault(template);
            _arrivals[template] = arrival == Arrival.Card ? seen with { Products = seen.Products + pages } : seen with { Listings = seen.Listings + pages };
        }
    }

    private PageKind? Settled(string key) => SettledBy(_groups, key);

    private PageKind? SettledBy(Dictionary<string, Votes> counts, string key)
    {
        Votes votes;
        lock (_lock)
        {
            votes = counts.GetValueOrDefault(key);
        }

        var total = votes.Products + votes.Listings;
        return total < MinVotes ? null
            : votes.Products >= total * Agreement ? PageKind.Product
            : votes.Listings >= total * Agreement ? PageKind.Listing
            : null;
    }

    private bool TryWait(string template)
    {
        lock (_lock)
        {
            var waiting = _waiting.GetValueOrDefault(template);
            if (waiting >= WaitBudget)
            {
                return false;
            }

            _waiting[template] = waiting + 1;
            return true;
        }
    }

    private readonly record struct Votes(int Products, int Listings);
}
