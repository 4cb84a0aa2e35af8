using System.CommandLine;
using ShelfScout.Cluster.Cli;

var root = new RootCommand(
    "shelfscout-cluster: run ShelfScout on an Orleans cluster. Exit codes: 0 ok, 1 run did not complete (--wait), " +
    "2 usage error, 3 database error, 5 cluster unreachable, 130 interrupted.");
root.Subcommands.Add(SiloCommand.Create());
root.Subcommands.Add(ClientCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupt.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, c =>
{
    c.Cancel = true;
    interrupt.Cancel();
});
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    await Console.Error.WriteLineAsync($"shelfscout: error: {parse.Errors[0].Message}");
    return ExitCodes.Usage;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }, interrupt.Token);
}
catch (ClusterCliException ex)
{
    await Console.Error.WriteLineAsync($"shelfscout: error: {ex.Message}");
    return ex.ExitCode;
}
catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
{
    return ExitCodes.Interrupted;
}
