namespace ShelfScout.Web.Pricing;

/// <summary>The lowest price of the 30 days before the drop at <paramref name="DropAt"/> (from <paramref name="Before"/> to <paramref name="After"/>).</summary>
internal sealed record OmnibusReference(decimal LowestPrice, string? Currency, DateTimeOffset DropAt, decimal Before, decimal After);
