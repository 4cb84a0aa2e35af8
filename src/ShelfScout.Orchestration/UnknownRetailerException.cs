namespace ShelfScout.Orchestration;

/// <summary>The run named a retailer the store does not know.</summary>
public sealed class UnknownRetailerException(string message) : Exception(message);
