namespace ShelfScout.Cli.Tests;

/// <summary>Runs a <c>shelfscout</c> command line in this process, with string writers for stdout and stderr.</summary>
internal static class CliRunner
{
    public static Task<CliProcess.Result> RunAsync(params string[] args) => RunAsync(args, CancellationToken.None);

    public static async Task<CliProcess.Result> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var stdout = TextWriter.Synchronized(output);
        var stderr = TextWriter.Synchronized(error);
        var exitCode = await CliApp.RunAsync(args, stdout, stderr, cancellationToken);
        return new CliProcess.Result(exitCode, output.ToString(), error.ToString());
    }
}
