using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Fetching;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout extract</c>: runs the product extraction engine over saved HTML files or URLs, one record per input.</summary>
internal static class ExtractCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "table"];

    /// <summary>Local files are capped like fetched pages (<see cref="FetchOptions.MaxResponseBytes"/>).</summary>
    private static readonly long MaxPageBytes = new FetchOptions().MaxResponseBytes;

    // The table's limits: a file name and a SKU rarely need more, and the product name is what the table is for.
    private const int MaxSourceWidth = 24;
    private const int MaxSkuWidth = 16;
    private const int MinNameWidth = 20;

    public static Command Create()
    {
        var urlOption = new Option<string[]>("--url")
        {
            Description = "The page URL of each saved HTML file, in input order (one for all, or one per input). Without it the page's canonical link is used.",
            AllowMultipleArgumentsPerToken = false,
        };
        var formatOption = new Option<string>("--format")
        {
            Description = "Output format: json (an array), jsonl (one object a line) or table.",
            DefaultValueFactory = _ => "json",
        };
        formatOption.AcceptOnlyFromAmong(Formats);
        var inputArgument = new Argument<string[]>("INPUT")
        {
            Description = "Saved HTML files or http(s) URLs.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("extract", "Extract the product from product pages (saved HTML files or URLs) with no per-site configuration.");
        command.Options.Add(urlOption);
        command.Options.Add(formatOption);
        command.Arguments.Add(inputArgument);
        command.SetAction((result, cancellationToken) => CommandGuard.RunAsync(
            result,
            async ct =>
            {
                var inputs = result.GetValue(inputArgument) ?? [];
                var urls = result.GetValue(urlOption) ?? [];
                var format = result.GetValue(formatOption) ?? "json";
                if (urls.Length > 1 && urls.Length != inputs.Length)
                {
                    throw new CliException($"got {urls.Length} --url values for {inputs.Length} inputs; give one, or one per input");
                }

                return await RunAsync(inputs, urls, format, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, ct).ConfigureAwait(false);
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string[] urls, string format, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var extractor = new ProductExtractor();
        var failures = 0;
        var records = new List<ExtractRecord>();
        // URLs go through the same polite fetcher as crawls (robots.txt, User-Agent, per-host delay, retries, size cap);
        // fewer, shorter retries than a crawl because a person is waiting on one page.
        using var http = new HttpPageFetcher(new FetchOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(500) }, TimeProvider.System);
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            var givenUrl = urls.Length == 0 ? null : urls[urls.Length == 1 ? 0 : i];
            ExtractRecord record;
            try
            {
                var (document, pageUrl) = await LoadAsync(input, givenUrl, http, ct).ConfigureAwait(false);
                using (document)
                {
                    var reading = extractor.Read(document, pageUrl);
                    record = new ExtractRecord(input, pageUrl, reading.Extraction, null) { Recognition = reading.Recognition };
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UriFormatException or InputException)
            {
                // One unreadable input is a record of its own with the reason; the next input still runs.
                failures++;
                await error.WriteLineAsync($"shelfscout: error: {input}: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                record = new ExtractRecord(input, null, null, ex.Message);
            }

            if (format == "jsonl")
            {
                await output.WriteLineAsync(ToJson(record, indented: false)).ConfigureAwait(false);
            }
            else
            {
                records.Add(record);
            }
        }

        if (format == "json")
        {
            var json = new StringBuilder("[");
            for (var i = 0; i < records.Count; i++)
            {
                json.Append(i == 0 ? "\n" : ",\n").Append(ToJson(records[i], indented: true));
            }

            await output.WriteLineAsync(json.Append(records.Count == 0 ? "]" : "\n]").ToString()).ConfigureAwait(false);
        }
        else if (format == "table")
        {
            await WriteTableAsync(records, output).ConfigureAwait(false);
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<(IDocument Document, Uri PageUrl)> LoadAsync(string input, string? givenUrl, IPageFetcher http, CancellationToken ct)
    {
        Uri? pageUrl = null;
        if (givenUrl is not null && !Uri.TryCreate(givenUrl, UriKind.Absolute, out pageUrl))
        {
            throw new InputException($"--url '{givenUrl}' is not an absolute URL");
        }

        if (Uri.TryCreate(input, UriKind.Absolute, out var inputUrl) && (inputUrl.Scheme == Uri.UriSchemeHttp || inputUrl.Scheme == Uri.UriSchemeHttps))
        {
            var fetched = await http.FetchAsync(inputUrl, ct).ConfigureAwait(false);
            if (!fetched.IsSuccess)
            {
                throw new InputException(fetched.Describe());
            }

            var finalUrl = pageUrl ?? fetched.FinalUrl;
            return (await HtmlDocumentLoader.ParseAsync(fetched.Body, fetched.ContentType, finalUrl, ct).ConfigureAwait(false), finalUrl);
        }

        var html = await LocalPage.ReadAsync(input, MaxPageBytes, ct).ConfigureAwait(false);
        var fileUrl = new Uri(Path.GetFullPath(input));
        var document = await HtmlDocumentLoader.ParseAsync(html, null, pageUrl ?? fileUrl, ct).ConfigureAwait(false);
        if (pageUrl is null && DeclaredUrl(document) is { } declared)
        {
            // A saved page still says where it lives; resolving links against it beats a file:// path.
            document.Dispose();
            document = await HtmlDocumentLoader.ParseAsync(html, null, declared, ct).ConfigureAwait(false);
            return (document, declared);
        }

        return (document, pageUrl ?? fileUrl);
    }

    private static Uri? DeclaredUrl(IDocument document)
    {
        var href = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
                   ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal) ? url : null;
    }

    private static string ToJson(ExtractRecord record, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("source", record.Source);
            if (record.Extraction is { } extraction)
            {
                WriteExtraction(writer, record.Url!, extraction, record.Recognition);
            }
            else
            {
                // An input that could not be read: the same record shape, no product, and why.
                writer.WriteNull("url");
                writer.WriteBoolean("isProductPage", false);
                writer.WriteNull("product");
                writer.WriteString("error", record.Error);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteExtraction(Utf8JsonWriter writer, Uri pageUrl, ProductExtraction extraction, ProductRecognition? recognition)
    {
        writer.WriteString("url", pageUrl.AbsoluteUri);
        writer.WriteBoolean("isProductPage", extraction.IsProductPage);
        if (recognition is not null)
        {
            // How sure the product-page reading is and what it rests on; the fields are there even when it is unsure.
            writer.WriteNumber("confidence", recognition.Confidence);
            writer.WriteStartArray("evidence");
            foreach (var sign in recognition.Evidence)
            {
                writer.WriteStringValue(sign);
            }

            writer.WriteEndArray();
        }

        writer.WritePropertyName("product");
        ProductJsonWriter.WriteProduct(writer, extraction.Product);
        writer.WriteStartObject("sources");
        foreach (var (field, from) in extraction.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.WriteString(field, from);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("readerFailures");
        foreach (var failure in extraction.ReaderFailures)
        {
            writer.WriteStartObject();
            writer.WriteString("reader", failure.Reader);
            writer.WriteString("error", failure.Error);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>One line per input (source, price, currency, availability, SKU, name last and cut to fit); narrower than that, the name on a line of its own.</summary>
    private static Task WriteTableAsync(IReadOnlyList<ExtractRecord> rows, TextWriter output)
    {
        var console = CliEnvironment.ConsoleFor(output);
        var cells = rows.Select(r => r.Extraction?.Product is { } p
            ? new[] { Path.GetFileName(r.Source), p.Price?.ToString(CultureInfo.InvariantCulture) ?? "", p.Currency ?? "", AvailabilityNames.ToSchemaName(p.Availability) ?? "", p.Sku ?? "", p.Name ?? "" }
            : [Path.GetFileName(r.Source), "", "", "", "", r.Error is null ? "(not a product page)" : "(error: " + r.Error.ReplaceLineEndings(" ") + ")"]).ToList();
        var table = new TextTable()
            .AddColumn(new TextColumn("source", MaxWidth: MaxSourceWidth))
            .AddColumn(new TextColumn("price", RightAligned: true))
            .AddColumn(new TextColumn("cur"))
            .AddColumn(new TextColumn("availability"))
            .AddColumn(new TextColumn("sku", MaxWidth: MaxSkuWidth))
            .AddColumn(new TextColumn("name", Flexible: true, MinWidth: MinNameWidth));
        foreach (var row in cells)
        {
            table.AddRow(row.Select(c => new TextCell(c)).ToArray());
        }

        if (!table.TryWrite(console))
        {
            foreach (var row in cells)
            {
                ConsoleText.WriteWrapped(console, string.Join("  ", row[..5].Where(c => c.Length > 0)), "    ");
                ConsoleText.WriteWrapped(console, row[5], "      ", firstPrefix: "    ");
            }
        }

        return Task.CompletedTask;
    }

    private sealed record ExtractRecord(string Source, Uri? Url, ProductExtraction? Extraction, string? Error)
    {
        public ProductRecognition? Recognition { get; init; }
    }

    private sealed class InputException(string message) : Exception(message);
}
