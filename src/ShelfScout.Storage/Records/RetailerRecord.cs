namespace ShelfScout.Storage.Records;

/// <summary>A stored retailer.</summary>
public sealed record RetailerRecord(long Id, string Name, string BaseUrl, DateTimeOffset CreatedAt);
