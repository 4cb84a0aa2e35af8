using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace ShelfScout.Cli.Export;

/// <summary>
/// Writes flat records as JSON Lines, one JSON array, or CSV (RFC 4180 through CsvHelper; lists joined with " | ", nested records counted).
/// </summary>
/// <remarks>
/// CSV formula injection (OWASP): a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>,
/// tab or CR as a formula, so scraped text like <c>=HYPERLINK(...)</c> is written with a leading single quote
/// unless <c>raw</c>. Only text cells are neutralised: numbers (a price of -5, a rating) are written as typed
/// numbers, which CsvHelper never escapes, because a negative number is a number, not a formula.
/// </remarks>
internal sealed class RecordWriter(TextWriter writer, string format, IReadOnlyList<string> columns, bool raw = false) : IAsyncDisposable
{
    private static readonly JsonWriterOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly CsvWriter? _csv = format == "csv"
        ? CsvWriter.Create(
            writer,
            new CsvWriterOptions { Injection = raw ? CsvInjection.None : CsvInjection.Escape, NewLine = Environment.NewLine, FormatProvider = CultureInfo.InvariantCulture },
            leaveOpen: true)
        : null;

    private bool _headerWritten;
    private int _written;

    public async Task WriteAsync(IReadOnlyDictionary<string, object?> record, CancellationToken cancellationToken)
    {
        if (format == "json")
        {
            // One record per line inside the array, so the file is still readable and diffable.
            var separator = _written++ == 0 ? "[" + Environment.NewLine + "  " : "," + Environment.NewLine + "  ";
            await writer.WriteAsync((separator + ToJson(record)).AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (_csv is null)
        {
            await writer.WriteLineAsync(ToJson(record).AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        WriteHeader();
        foreach (var column in columns)
        {
            WriteCell(_csv, record.GetValueOrDefault(column));
        }

        await _csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (format == "json")
        {
            await writer.WriteLineAsync((_written == 0 ? "[]" : Environment.NewLine + "]").AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        if (_csv is not null)
        {
            WriteHeader();
            await _csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_csv is not null)
        {
            await _csv.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// One record as compact JSON. Written by hand rather than by reflection-based serialisation, so the native
    /// (ahead-of-time compiled) build needs no runtime code generation; the value kinds are the ones records carry.
    /// </summary>
    internal static string ToJson(IReadOnlyDictionary<string, object?> record)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            WriteValue(json, record);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case float number:
                json.WriteNumberValue(number);
                break;
            case DateTimeOffset time:
                json.WriteStringValue(time);
                break;
            case DateTime time:
                json.WriteStringValue(time);
                break;
            case Enum named:
                json.WriteStringValue(named.ToString());
                break;
            case IReadOnlyDictionary<string, object?> nested:
                json.WriteStartObject();
                foreach (var (key, item) in nested)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteCell(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case IEnumerable<string> list:
                csv.WriteField(string.Join(" | ", list));
                break;
            case IReadOnlyCollection<IReadOnlyDictionary<string, object?>> nested:
                // Nested records (a product's variants) do not fit a cell: CSV carries how many; JSON carries them.
                csv.WriteField(nested.Count);
                break;
            default:
                // Numbers, dates and booleans go in typed, so the injection rule (text only) leaves them alone.
                csv.WriteField(value);
                break;
        }
    }

    private void WriteHeader()
    {
        if (_headerWritten || _csv is null)
        {
            return;
        }

        _csv.WriteHeader(columns.ToArray());
        _headerWritten = true;
    }
}
