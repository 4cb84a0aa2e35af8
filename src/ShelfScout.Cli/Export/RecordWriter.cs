using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ShelfScout.Cli.Export;

/// <summary>Writes flat records as JSON Lines or CSV (RFC 4180 quoting; lists joined with " | ").</summary>
internal sealed class RecordWriter(TextWriter writer, string format, IReadOnlyList<string> columns)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private bool _headerWritten;

    public async Task WriteAsync(IReadOnlyDictionary<string, object?> record, CancellationToken cancellationToken)
    {
        if (format == "jsonl")
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(record, Json).AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!_headerWritten)
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(Quote)).AsMemory(), cancellationToken).ConfigureAwait(false);
            _headerWritten = true;
        }

        var line = string.Join(',', columns.Select(c => Quote(Cell(record.GetValueOrDefault(c)))));
        await writer.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (format == "csv" && !_headerWritten)
        {
            await writer.WriteLineAsync(string.Join(',', columns.Select(Quote)).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IEnumerable<string> list => string.Join(" | ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        builder.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        return builder.Append('"').ToString();
    }
}
