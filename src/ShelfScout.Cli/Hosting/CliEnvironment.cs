using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ShelfScout.Cli.Hosting;

/// <summary>Where a command writes: results to stdout, progress and logs to stderr (so <c>--json</c> output can be piped).</summary>
internal sealed class CliEnvironment : IDisposable
{
    public CliEnvironment(IAnsiConsole? output = null, IAnsiConsole? progress = null, bool? interactive = null)
    {
        Output = output ?? AnsiConsole.Console;
        Progress = progress ?? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ShowProgress = interactive ?? !Console.IsErrorRedirected;
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
    }

    public IAnsiConsole Output { get; }

    public IAnsiConsole Progress { get; }

    public bool ShowProgress { get; }

    public ILoggerFactory LoggerFactory { get; }

    public PipelineRunner Runner() => new(Output, Progress, LoggerFactory);

    public void Dispose() => LoggerFactory.Dispose();
}
