using System.CommandLine;
using ShelfScout.Cli.Hosting;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout serve --db PATH [--listen 127.0.0.1:8080] [--token T]</c>: the read-only web dashboard until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--db") { Description = "SQLite database file.", DefaultValueFactory = _ => StoreOpener.DefaultPath };
        var dashboard = new DashboardOptionsBinder();
        var command = new Command("serve", "Serve the read-only web dashboard (catalogue, price and stock charts, alerts, runs) of a database.");
        command.Options.Add(database);
        dashboard.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var options = dashboard.Read(result);
                await using var store = await StoreOpener.OpenAsync(result.GetValue(database)!, mustExist: true, ct).ConfigureAwait(false);
                return await DashboardServer.ServeAsync(store, options, result.InvocationConfiguration.Output, ct).ConfigureAwait(false);
            },
            cancellationToken));
        return command;
    }
}
