using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Discovery;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// Page roles decided per site. Pages are grouped by template: their URL pattern (<see cref="UrlTemplate"/>) and the
/// shape of their main content (<see cref="ContentShape"/>), and by how they were reached (as a listing's card, through
/// navigation, otherwise). A page whose own evidence settles its role (product markup naming its heading, a listing with
/// a pager or a stated count) votes for its groups; a page holding evidence for both roles (a product page with a
/// related-items grid and no buy button of its own, a product page whose markup describes its related items, a
/// one-product category showing its card's buy button) takes its group's role, so one page's local feature never
/// outweighs what the rest of its template turned out to be. The narrowest group with a role speaks: pattern, shape and
/// arrival; pattern and shape, where the shape sets some of the pattern's pages apart (a shape is one kind of page,
/// however it was reached: a product linked from the menu is a product); pattern and arrival (shapes can differ within
/// one kind, a landing page's from a collection's). Such a page
/// read before its group has a role waits (it is read again after the rest); with no group evidence at all, the link
/// that led to it decides: a card leads to a product, navigation to a listing. What decided each page is kept with its
/// frontier entry (<see cref="RoleBasis"/>, the template as "pattern shape"): a resumed crawl counts the same votes
/// (<see cref="Seed"/>), and once the crawl has read everything, pages that took their group's role before the group
/// settled otherwise are decided again (<see cref="Redecisions"/>, <see cref="RoleRevisit"/>).
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

    /// <summary>Pages of one URL pattern that may wait for their group's role in a run; later ones decide at once.</summary>
    public const int WaitBudget = 5;

    private enum Arrival
    {
        Card,
        Navigation,
        Other,
    }

    /// <summary>The template a page's entry keeps: its URL pattern, and its content shape when it has one.</summary>
    public static string TemplateOf(Uri url, string? shape) => shape is null ? UrlTemplate.Of(url) : UrlTemplate.Of(url) + " " + shape;

    /// <summary>
    /// The role of a page the classifier read as <paramref name="local"/>, whose grid links <paramref name="cards"/> and
    /// whose main content has <paramref name="shape"/>. <paramref name="statedCount"/> is asked only when needed (it
    /// reads the page's text).
    /// </summary>
    public RoleDecision Decide(Uri url, string? shape, FrontierReason reason, int attempts, PageKind local, PageSignals signals, IReadOnlyList<Uri> cards, Func<int> statedCount)
    {
        if (reason == FrontierReason.Start || signals.Error || local is not (PageKind.Product or PageKind.Listing))
        {
            return RoleDecision.Keep;
        }

        var group = new Group(UrlTemplate.Of(url), shape);
        var arrival = ArrivalOf(reason);
        var vote = OwnVote(local, signals, group.Pattern, cards, statedCount, out var stated);
        if (vote is { } kind)
        {
            CountArrival(group, arrival);
            // Only markup naming the heading outweighs the group: a page read as a product for showing no grid (a
            // one-product listing whose single card the grid reader passes over) takes the role its group has.
            if (kind == PageKind.Product && !signals.NamedByMarkup && Grouped(group, arrival) is (PageKind.Listing, var said))
            {
                return new RoleDecision(PageKind.Listing, $"a listing, as {said} says, though it reads as a product page", Wait: false, RoleBasis.Group);
            }

            Vote(group, arrival, kind);
            return RoleDecision.KeepBy(kind == PageKind.Listing ? RoleBasis.ListingVote : signals.NamedByMarkup ? RoleBasis.ProductVote : RoleBasis.ProductVoteByLayout);
        }

        // A further page of a listing is one, whatever it shows; it is never re-decided.
        var weak = signals.ShowsProduct && (signals.ShowsListing || stated > 0);
        if (!weak || reason == FrontierReason.Pagination)
        {
            CountArrival(group, arrival);
            return RoleDecision.KeepBy(RoleBasis.OwnEvidence);
        }

        if (Grouped(group, arrival).Role is null && arrival != Arrival.Other && attempts <= 1 && TryWait(group.Pattern))
        {
            return RoleDecision.Later;
        }

        CountArrival(group, arrival);
        var (role, basis) = GroupRole(group, arrival);
        return role is { } decided && decided != local
            ? new RoleDecision(decided, $"{Describe(decided)}, as {basis} says, though it reads as {Describe(local)}", Wait: false, RoleBasis.Group)
            : RoleDecision.KeepBy(RoleBasis.Group);
    }

    /// <summary>
    /// The role a page holding evidence both ways takes now: its group's (<see cref="Grouped"/>); with none yet, the link
    /// that led to it (a card: a product; navigation: a listing); reached otherwise (exploring, a plain link), how the
    /// site links the template's pages (most as cards: products), else the votes of the template's pages, however they
    /// were reached. Listings vote more readily than products (a pager, a count or a grid of other pages settles a
    /// listing; only markup naming the heading, or no grid, settles a product), so the links come first.
    /// </summary>
    private (PageKind? Role, string Basis) GroupRole(Group group, Arrival arrival)
    {
        if (Grouped(group, arrival) is ({ } grouped, var said))
        {
            return (grouped, said);
        }

        switch (arrival)
        {
            case Arrival.Card:
                return (PageKind.Product, "the product card that links it");
            case Arrival.Navigation:
                return (PageKind.Listing, "the category link that leads to it");
        }

        foreach (var key in group.Keys)
        {
            if (SettledBy(_arrivals, key) is { } linked)
            {
                return (linked, $"the site's links to {key} pages");
            }
        }

        return Settled(group.Pattern) is { } pooled ? (pooled, $"its template {group.Pattern}") : (null, string.Empty);
    }

    /// <summary>The role of the narrowest of the page's groups that has one: pattern, shape and arrival; pattern and shape; pattern and arrival.</summary>
    private (PageKind? Role, string Said) Grouped(Group group, Arrival arrival)
    {
        var how = arrival.ToString().ToLowerInvariant();
        if (group.Shape is { } shape)
        {
            if (Settled(group.Full + " " + arrival) is { } exact)
            {
                return (exact, $"its template group ({group.Pattern}, its main heading at {shape}, reached by {how})");
            }

            // Pooled over arrivals only where the shape tells the pattern's pages apart: a heading every page prints alike
            // (a logo's in the header) shapes nothing, and the pattern's pooled votes rank below how its pages are linked.
            if (Discriminates(group) && Settled(group.Full) is { } shaped)
            {
                return (shaped, $"its template ({group.Pattern}, its main heading at {shape})");
            }
        }

        return Settled(group.Pattern + " " + arrival) is { } patterned
            ? (patterned, $"its template group ({group.Pattern}, reached by {how})")
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
            var group = Group.Parse(row.Template);
            var arrival = ArrivalOf(row.Reason);
            CountArrival(group, arrival, row.Pages);
            if (row.Basis is RoleBasis.ProductVote or RoleBasis.ProductVoteByLayout or RoleBasis.ListingVote)
            {
                Vote(group, arrival, row.Basis == RoleBasis.ListingVote ? PageKind.Listing : PageKind.Product, row.Pages);
            }
        }
    }

    /// <summary>
    /// Counts anew from the crawl's frontier alone (<see cref="Seed"/> after forgetting what this run counted): the
    /// frontier holds every page's evidence, including pages other processes of the crawl read, and a page decided again
    /// counts as it is now, not as it was first read.
    /// </summary>
    public void Recount(IReadOnlyList<RoleTally> tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        lock (_lock)
        {
            _groups.Clear();
            _arrivals.Clear();
        }

        Seed(tally);
    }

    /// <summary>
    /// The groups of pages decided as one kind while their group, with all of the crawl's evidence now, says the other:
    /// pages that took their group's role (<see cref="RoleBasis.Group"/>), and pages read as products by their layout
    /// alone whose group settled as listings (<see cref="RoleBasis.ProductVoteByLayout"/>; read after that, they would
    /// have taken the listing role). Each such page is to be decided again.
    /// </summary>
    public IReadOnlyList<(string Template, FrontierReason Reason, RoleBasis Basis, PageKind Taken, PageKind Now)> Redecisions(IEnumerable<RoleTally> tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var changes = new List<(string, FrontierReason, RoleBasis, PageKind, PageKind)>();
        foreach (var row in tally)
        {
            var (group, arrival) = (Group.Parse(row.Template), ArrivalOf(row.Reason));
            var now = row.Basis switch
            {
                RoleBasis.Group when row.PageKind is PageKind.Product or PageKind.Listing => GroupRole(group, arrival).Role,
                RoleBasis.ProductVoteByLayout when row.PageKind == PageKind.Product => Grouped(group, arrival).Role,
                _ => null,
            };
            if (now is { } role && role != row.PageKind)
            {
                changes.Add((row.Template, row.Reason, row.Basis, row.PageKind!.Value, role));
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

    /// <summary>A vote for each of the page's groups: pattern and arrival, pattern, and with a shape, pattern, shape and arrival, and pattern and shape.</summary>
    private void Vote(Group group, Arrival arrival, PageKind kind, int pages = 1)
    {
        lock (_lock)
        {
            Add(group.Pattern + " " + arrival);
            Add(group.Pattern);
            if (group.Shape is not null)
            {
                Add(group.Full + " " + arrival);
                Add(group.Full);
            }
        }

        void Add(string key)
        {
            var votes = _groups.GetValueOrDefault(key);
            _groups[key] = kind == PageKind.Product ? votes with { Products = votes.Products + pages } : votes with { Listings = votes.Listings + pages };
        }
    }

    /// <summary>Pages of a template read so far by how they were reached: as cards (products) or through navigation (listings).</summary>
    private void CountArrival(Group group, Arrival arrival, int pages = 1)
    {
        if (arrival == Arrival.Other)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var key in group.Keys)
            {
                var seen = _arrivals.GetValueOrDefault(key);
                _arrivals[key] = arrival == Arrival.Card ? seen with { Products = seen.Products + pages } : seen with { Listings = seen.Listings + pages };
            }
        }
    }

    private PageKind? Settled(string key) => SettledBy(_groups, key);

    /// <summary>True when pages of the group's pattern voted under other shapes too: its shape sets some of them apart.</summary>
    private bool Discriminates(Group group)
    {
        lock (_lock)
        {
            return _groups.GetValueOrDefault(group.Full) != _groups.GetValueOrDefault(group.Pattern);
        }
    }

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

    private bool TryWait(string pattern)
    {
        lock (_lock)
        {
            var waiting = _waiting.GetValueOrDefault(pattern);
            if (waiting >= WaitBudget)
            {
                return false;
            }

            _waiting[pattern] = waiting + 1;
            return true;
        }
    }

    private readonly record struct Votes(int Products, int Listings);

    /// <summary>A page's template: its URL pattern and, when it has a main heading, its content shape.</summary>
    private readonly record struct Group(string Pattern, string? Shape)
    {
        public string Full => Shape is null ? Pattern : Pattern + " " + Shape;

        /// <summary>The keys its pages are counted under, narrowest first.</summary>
        public IEnumerable<string> Keys => Shape is null ? [Pattern] : [Full, Pattern];

        /// <summary>A template as its frontier entry keeps it (<see cref="TemplateOf"/>): the pattern has no space in it.</summary>
        public static Group Parse(string template)
        {
            var space = template.IndexOf(' ', StringComparison.Ordinal);
            return space < 0 ? new Group(template, null) : new Group(template[..space], template[(space + 1)..]);
        }
    }
}
