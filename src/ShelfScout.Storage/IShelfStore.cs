using ShelfScout.Storage.Alerts;
using ShelfScout.Storage.Catalog;
using ShelfScout.Storage.Frontier;
using ShelfScout.Storage.Observations;
using ShelfScout.Storage.Pages;
using ShelfScout.Storage.Runs;

namespace ShelfScout.Storage;

/// <summary>
/// Everything the agents share, as the composition of the store's role interfaces: a consumer that needs one part
/// takes that interface. Agents never talk to each other; they read and write through this store. Implementations
/// are safe for concurrent use by parallel agents, and every write is idempotent.
/// </summary>
public interface IShelfStore : ICatalogStore, IObservationStore, IProductPageStore, ICrawlFrontier, IRunStore, IAlertStore, IAlertDeliveryStore, IAsyncDisposable
{
    /// <summary>Creates or migrates the schema to the current version.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);
}
