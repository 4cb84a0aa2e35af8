using ShelfScout.Domain.Catalog;
using ShelfScout.Storage.Frontier;

namespace ShelfScout.Agents.Crawling;

/// <summary>
/// What <see cref="SiteRoles"/> made of a page: its role when it differs from the page's own reading, or to wait; and
/// what decided it (<see cref="Basis"/>, kept with the page's entry; null when no role evidence was weighed).
/// </summary>
internal sealed record RoleDecision(PageKind? Kind, string? Why, bool Wait, RoleBasis? Basis = null)
{
    public static RoleDecision Keep { get; } = new(null, null, false);

    public static RoleDecision Later { get; } = new(null, null, true);

    public static RoleDecision KeepBy(RoleBasis basis) => new(null, null, false, basis);
}
