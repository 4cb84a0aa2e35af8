namespace ShelfScout.Storage;

/// <summary>A retailer name already used for another store (another origin or path): a clear error, never a silent overwrite.</summary>
public sealed class RetailerConflictException(string message) : Exception(message);
