using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using ShelfScout.Cli.Hosting;
using ShelfScout.Domain.Catalog;
using ShelfScout.Extraction.Html;
using ShelfScout.Extraction.Products;
using ShelfScout.Fetching;

namespace ShelfScout.Cli.Commands;

/// <summary><c>shelfscout extract</c>: runs the product extraction engine over saved HTML files or URLs, one record per input.</summary>
internal static class ExtractCommand
{
    private static readonly string[] Formats = ["json", "jsonl", "table"];

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
        var records = new List<(string Source, Uri Url, ProductExtraction Extraction)>();
        // URLs go through the same polite fetcher as crawls (robots.txt, User-Agent, per-host delay, retries, size cap);
        // fewer, shorter retries than a crawl because a person is waiting on one page.
        using var http = new HttpPageFetcher(new FetchOptions { MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(500) }, TimeProvider.System);
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            var givenUrl = urls.Length == 0 ? null : urls[urls.Length == 1 ? 0 : i];
            try
            {
                var (document, pageUrl) = await LoadAsync(input, givenUrl, http, ct).ConfigureAwait(false);
                using (document)
                {
                    var extraction = extractor.Extract(document, pageUrl);
                    if (format == "jsonl")
                    {
                        await output.WriteLineAsync(ToJson(input, pageUrl, extraction, indented: false)).ConfigureAwait(false);
                    }
                    else
                    {
                        records.Add((input, pageUrl, extraction));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UriFormatException or InputException)
            {
                failures++;
                await error.WriteLineAsync($"shelfscout: error: {input}: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            }
        }

        if (format == "json")
        {
            var json = new StringBuilder("[");
            for (var i = 0; i < records.Count; i++)
            {
                json.Append(i == 0 ? "\n" : ",\n").Append(ToJson(records[i].Source, records[i].Url, records[i].Extraction, indented: true));
            }

            await output.WriteLineAsync(json.Append(records.Count == 0 ? "]" : "\n]").ToString()).ConfigureAwait(false);
        }
        else if (format == "table")
        {
            await WriteTableAsync(records.Select(r => (r.Source, r.Extraction)).ToList(), output).ConfigureAwait(false);
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

        if (Directory.Exists(input))
        {
            throw new InputException("is a folder, not a saved HTML file");
        }

        if (!File.Exists(input))
        {
            throw new InputException("no such file");
        }

        var html = await ReadCappedAsync(input, new FetchOptions().MaxResponseBytes, ct).ConfigureAwait(false);
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

    /// <summary>Reads a saved page, refusing past the fetcher's size cap: /dev/zero or a 300 MB file must not exhaust memory.</summary>
    private static async Task<byte[]> ReadCappedAsync(string path, long maxBytes, CancellationToken ct)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw new InputException(string.Create(CultureInfo.InvariantCulture, $"larger than {maxBytes / (1024 * 1024)} MiB; not a saved page"));
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static Uri? DeclaredUrl(IDocument document)
    {
        var href = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
                   ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal) ? url : null;
    }

    private static string ToJson(string source, Uri pageUrl, ProductExtraction extraction, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("source", source);
            writer.WriteString("url", pageUrl.AbsoluteUri);
            writer.WriteBoolean("isProductPage", extraction.IsProductPage);
            writer.WritePropertyName("product");
            ProductJsonWriter.WriteProduct(writer, extraction.Product);
            writer.WriteStartObject("sources");
            foreach (var (field, from) in extraction.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                writer.WriteString(field, from);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static async Task WriteTableAsync(IReadOnlyList<(string Source, ProductExtraction Extraction)> rows, TextWriter output)
    {
        string[] header = ["source", "name", "price", "currency", "availability", "sku"];
        var cells = rows.Select(r => r.Extraction.Product is { } p
            ? new[] { Path.GetFileName(r.Source), Clip(p.Name), p.Price?.ToString(CultureInfo.InvariantCulture) ?? "", p.Currency ?? "", AvailabilityNames.ToSchemaName(p.Availability) ?? "", p.Sku ?? "" }
            : [Path.GetFileName(r.Source), "(not a product page)", "", "", "", ""]).ToList();
        var widths = header.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(c => c[i].Length))).ToArray();
        await output.WriteLineAsync(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i])))).ConfigureAwait(false);
        foreach (var row in cells)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).ConfigureAwait(false);
        }
    }

    private static string Clip(string? text) => text is null ? "" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");

    private sealed class InputException(string message) : Exception(message);
}
