using ShelfScout.Domain.Catalog;

namespace ShelfScout.Agents.Crawling;

/// <summary>What <see cref="SiteRoles"/> made of a page: its role when it differs from the page's own reading, or to wait.</summary>
internal sealed record RoleDecision(PageKind? Kind, string? Why, bool Wait)
{
    public static RoleDecision Keep { get; } = new(null, null, false);

    public static RoleDecision Later { get; } = new(null, null, true);
}
