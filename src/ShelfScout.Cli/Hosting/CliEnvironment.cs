using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ShelfScout.Cli.Hosting;

/// <summary>
/// Where a command writes: results to stdout, progress and logs to stderr (so <c>--json</c> output can be piped), or
/// logs to <c>--log-file</c>. The writers come from the invocation, so tests run commands in-process.
/// </summary>
internal sealed class CliEnvironment : IDisposable
{
    public CliEnvironment(ParseResult result, GlobalOptions global)
    {
        var configuration = result.InvocationConfiguration;
        Out = configuration.Output;
        Error = configuration.Error;
        var errorIsTerminal = ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
        Output = ConsoleFor(Out);
        Progress = CreateConsole(Error, errorIsTerminal);
        ShowProgress = errorIsTerminal;

        var level = global.Level(result);
        var logFile = result.GetValue(global.LogFile);
        if (logFile is null && ShowProgress && result.GetResult(global.LogLevel) is null or { Implicit: true } && level < LogLevel.Error)
        {
            // Warnings would tear through the live progress display; the summary lists every failed page anyway.
            level = LogLevel.Error;
        }

        ILoggerProvider provider = logFile is null
            ? new LineLoggerProvider(Error, level, detailed: false, ownsWriter: false)
            : new LineLoggerProvider(OpenLogFile(logFile), level, detailed: true, ownsWriter: true);
        LoggerFactory = Microsoft.Extensions.Logging.LoggerFactory.Create(builder => builder.SetMinimumLevel(level).AddProvider(provider));
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public IAnsiConsole Output { get; }

    public IAnsiConsole Progress { get; }

    public bool ShowProgress { get; }

    public ILoggerFactory LoggerFactory { get; }

    public PipelineRunner Runner() => new(Output, Out, Progress, LoggerFactory);

    public void Dispose() => LoggerFactory.Dispose();

    /// <summary>A console over a command's standard output writer: plain text unless it is the real stdout on a terminal, as wide as <c>COLUMNS</c> says when set.</summary>
    public static IAnsiConsole ConsoleFor(TextWriter output) =>
        CreateConsole(output, ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected);

    /// <summary>A console over <paramref name="writer"/>: plain text when it is not a terminal, as wide as <c>COLUMNS</c> says when set.</summary>
    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns >= 20)
        {
            console.Profile.Width = columns;
        }

        return console;
    }

    private static StreamWriter OpenLogFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"--log-file '{path}' is a folder; give a file name", ExitCodes.Output);
        }

        try
        {
            return new StreamWriter(path, append: true) { AutoFlush = true };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write the log file '{path}': {ex.Message}", ExitCodes.Output);
        }
    }
}
