using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ShelfScout.Cluster.Placement;
using ShelfScout.Cluster.Workers;

namespace ShelfScout.Cluster.Hosting;

/// <summary>Makes a silo a ShelfScout silo: its crawl worker, the silo-pinned placement and the shared store.</summary>
public static class ClusterSiloBuilderExtensions
{
    public static ISiloBuilder AddShelfScout(this ISiloBuilder builder, IClusterStoreOpener opener, ClusterCrawlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddPlacementDirector<SiloPinnedPlacement, SiloPinnedPlacementDirector>();
        builder.Services.AddSingleton(options ?? new ClusterCrawlOptions());
        builder.Services.AddSingleton(opener);
        builder.Services.AddSingleton<SiloStores>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SiloCrawlWorker>();
        builder.Services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<SiloCrawlWorker>());
        return builder;
    }
}
