using ShelfScout.Storage;
using ShelfScout.Storage.Dashboard;
using ShelfScout.Web;
using ShelfScout.Web.Hosting;

namespace ShelfScout.Cli.Hosting;

/// <summary>Runs the dashboard over an open store until Ctrl+C: prints where it listens, and turns a busy or forbidden port into one line.</summary>
internal static class DashboardServer
{
    public static async Task<int> ServeAsync(IShelfStore store, DashboardOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (store is not IDashboardReader reader)
        {
            throw new CliException("this store cannot be read by the dashboard", ExitCodes.Database);
        }

        RunningDashboard dashboard;
        try
        {
            dashboard = await DashboardHost.StartAsync(store, reader, options, cancellationToken).ConfigureAwait(false);
        }
        catch (DashboardConfigurationException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (IOException ex)
        {
            throw new CliException($"cannot listen on {options.Listen}: {ex.Message}", ExitCodes.FailedRun);
        }

        await using (dashboard.ConfigureAwait(false))
        {
            var link = options.Token is null ? dashboard.BaseUrl.ToString() : $"{dashboard.BaseUrl} (open it once as {dashboard.BaseUrl}?token=TOKEN)";
            await output.WriteLineAsync($"Dashboard at {link}; read-only. Ctrl+C stops.".AsMemory(), cancellationToken).ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            await dashboard.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }
}
