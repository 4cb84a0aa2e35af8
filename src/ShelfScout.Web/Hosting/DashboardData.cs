using ShelfScout.Storage;
using ShelfScout.Storage.Dashboard;

namespace ShelfScout.Web.Hosting;

/// <summary>What every page handler reads from: the store's contracts and the clock.</summary>
internal sealed record DashboardData(IShelfStore Store, IDashboardReader Reader, TimeProvider Time, int RefreshSeconds)
{
    public DateTimeOffset Now => Time.GetUtcNow();
}
