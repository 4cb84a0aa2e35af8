namespace ShelfScout.Domain.Catalog;

/// <summary>An amount of money; <paramref name="Currency"/> is an ISO 4217 code when known.</summary>
public readonly record struct Money(decimal Amount, string? Currency);
