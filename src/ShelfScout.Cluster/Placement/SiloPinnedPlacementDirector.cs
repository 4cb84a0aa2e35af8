using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace ShelfScout.Cluster.Placement;

/// <summary>Puts the activation on the silo named by the grain's key; a silo that is gone fails the call, which tells the caller so.</summary>
internal sealed class SiloPinnedPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var key = target.GrainIdentity.Key.ToString();
        var silo = context.GetCompatibleSilos(target).FirstOrDefault(s => string.Equals(s.ToParsableString(), key, StringComparison.Ordinal));
        return silo is not null
            ? Task.FromResult(silo)
            : Task.FromException<SiloAddress>(new SiloUnavailableException($"Silo {key} is not in the cluster."));
    }
}
