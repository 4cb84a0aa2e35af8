using Orleans.Runtime;

namespace ShelfScout.Cluster.Placement;

/// <summary>Places a grain on the silo its string key names (<c>SiloAddress.ToParsableString()</c>): one worker per silo.</summary>
[GenerateSerializer, Immutable]
public sealed class SiloPinnedPlacement : PlacementStrategy
{
    public static SiloPinnedPlacement Instance { get; } = new();
}
