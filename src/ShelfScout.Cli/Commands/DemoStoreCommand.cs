using System.CommandLine;
using ShelfScout.Cli.Hosting;
using ShelfScout.DemoRetailer;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout demo-store --port N</c>: serves the demo retailer alone until Ctrl+C (for benchmarks and other tools).</summary>
internal static class DemoStoreCommand
{
    public static Command Create()
    {
        var demo = new DemoStoreOptionsBinder();
        var port = CliOptions.Number("--port", "Port on 127.0.0.1 (0 picks a free one).", 8080);
        var command = new Command("demo-store", "Serve the demo retailer on 127.0.0.1 until stopped.");
        command.Options.Add(port);
        demo.AddTo(command);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var portValue = result.GetValue(port);
                if (portValue is < 0 or > 65535)
                {
                    throw new CliException($"--port must be between 0 and 65535, not {portValue}");
                }

                var options = demo.Read(result, portValue);
                await using var store = await StartAsync(options, ct).ConfigureAwait(false);
                var catalog = store.Catalog;
                var output = result.InvocationConfiguration.Output;
                await output.WriteLineAsync($"Demo retailer ({options.Theme}) serving {store.BaseUrl} : {catalog.ExpectedCategories} categories, {catalog.ExpectedProducts} products, {catalog.ExpectedReviews} reviews. Ctrl+C stops.");
                await output.FlushAsync(ct).ConfigureAwait(false);
                try
                {
                    await Task.Delay(Timeout.Infinite, ct).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    // Ctrl+C is how this command ends.
                }

                return 0;
            },
            cancellationToken));
        return command;
    }

    private static async Task<DemoStore> StartAsync(DemoStoreOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await DemoStore.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new CliException($"cannot listen on 127.0.0.1:{options.Port}: {ex.Message}");
        }
    }
}
