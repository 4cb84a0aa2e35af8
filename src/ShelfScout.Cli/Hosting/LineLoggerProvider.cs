using Microsoft.Extensions.Logging;

namespace ShelfScout.Cli.Hosting;

/// <summary>Creates <see cref="LineLogger"/>s over one writer (stderr or a log file it owns).</summary>
internal sealed class LineLoggerProvider(TextWriter writer, LogLevel minimum, bool detailed, bool ownsWriter) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new LineLogger(categoryName, writer, minimum, detailed, TimeProvider.System);

    public void Dispose()
    {
        if (ownsWriter)
        {
            writer.Dispose();
        }
    }
}
