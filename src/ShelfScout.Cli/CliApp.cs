using System.CommandLine;
using ShelfScout.Cli.Commands;

namespace ShelfScout.Cli;

/// <summary>Builds the <c>shelfscout</c> command tree.</summary>
internal static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("ShelfScout: discover and monitor a retailer's whole catalogue with no per-site configuration.");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(DemoStoreCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var root = Build();
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
