namespace ShelfScout.Cluster.Contracts;

/// <summary>One of a host's concurrency slots, granted to a holder, and the earliest moment its request may start.</summary>
[GenerateSerializer, Immutable]
public sealed record HostGrant([property: Id(0)] int Slot, [property: Id(1)] DateTimeOffset StartAt);
