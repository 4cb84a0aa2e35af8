using Microsoft.Extensions.Logging;

namespace ShelfScout.Cli.Hosting;

/// <summary>
/// Writes each log message as one line: on stderr as <c>shelfscout: warning: ...</c> (no category or event id, so
/// the display never shows internal type names), in a log file with time, level and category.
/// </summary>
internal sealed class LineLogger(string category, TextWriter writer, LogLevel minimum, bool detailed, TimeProvider timeProvider) : ILogger
{
    private static readonly Lock WriteLock = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception).ReplaceLineEndings(" ");
        var line = detailed
            ? $"{timeProvider.GetUtcNow():O} {Name(logLevel)} {category}: {message}{(exception is null ? string.Empty : Environment.NewLine + exception)}"
            : $"shelfscout: {Name(logLevel)}: {message}{(exception is null ? string.Empty : " (" + exception.Message.ReplaceLineEndings(" ") + ")")}";
        lock (WriteLock)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private static string Name(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        _ => "critical",
    };
}
