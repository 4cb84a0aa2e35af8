using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace ShelfScout.Cli.Hosting;

/// <summary>Options every command takes: where logs go and how much of them.</summary>
internal sealed class GlobalOptions
{
    private static readonly string[] Levels = ["trace", "debug", "information", "warning", "error", "critical", "none"];

    public Option<string> LogLevel { get; } = CreateLogLevel();

    public Option<string?> LogFile { get; } = new("--log-file")
    {
        Description = "Write logs to this file instead of stderr.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(LogLevel);
        root.Options.Add(LogFile);
    }

    public LogLevel Level(ParseResult result) => result.GetValue(LogLevel) switch
    {
        "trace" => Microsoft.Extensions.Logging.LogLevel.Trace,
        "debug" => Microsoft.Extensions.Logging.LogLevel.Debug,
        "information" => Microsoft.Extensions.Logging.LogLevel.Information,
        "error" => Microsoft.Extensions.Logging.LogLevel.Error,
        "critical" => Microsoft.Extensions.Logging.LogLevel.Critical,
        "none" => Microsoft.Extensions.Logging.LogLevel.None,
        _ => Microsoft.Extensions.Logging.LogLevel.Warning,
    };

    private static Option<string> CreateLogLevel()
    {
        var option = new Option<string>("--log-level")
        {
            Description = "Least severe log messages shown: trace, debug, information, warning (default), error, critical or none.",
            DefaultValueFactory = _ => "warning",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong(Levels);
        return option;
    }
}
