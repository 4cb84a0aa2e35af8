using ShelfScout.Domain.Catalog;

namespace ShelfScout.Storage.Frontier;

/// <summary>How many done pages of a crawl share a template, a reason they were queued for, a <see cref="RoleBasis"/> and a kind.</summary>
/// <param name="Template">The pages' template (<see cref="FrontierCompletion.Template"/>).</param>
/// <param name="Reason">Why they were queued (the link that led to them).</param>
/// <param name="Basis">What decided their role.</param>
/// <param name="PageKind">What they were taken for.</param>
/// <param name="Pages">How many.</param>
public sealed record RoleTally(string Template, FrontierReason Reason, RoleBasis Basis, PageKind? PageKind, int Pages);
