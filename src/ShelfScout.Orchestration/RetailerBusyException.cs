namespace ShelfScout.Orchestration;

/// <summary>Another run (in this process or another, on this machine or another) holds the retailer's run lock.</summary>
public sealed class RetailerBusyException(string message) : Exception(message);
