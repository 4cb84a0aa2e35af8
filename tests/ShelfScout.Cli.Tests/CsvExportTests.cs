using ShelfScout.Cli.Export;

namespace ShelfScout.Cli.Tests;

/// <summary>CSV export neutralises formula payloads in text cells (OWASP), leaves numbers alone, and --raw turns it off.</summary>
public sealed class CsvExportTests
{
    private static readonly string[] Columns = ["name", "price", "note"];

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task Csv_FormulaPayloadInText_IsPrefixedWithAQuote(string payload)
    {
        var csv = await WriteAsync(raw: false, ("name", payload), ("price", 9.99m));

        // The first cell of the record after the header line; CsvHelper also quotes the escaped field.
        var cell = csv[(csv.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimStart('"');
        Assert.StartsWith("'" + payload[0], cell, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_NegativePrice_IsANumberNotAFormula()
    {
        var csv = await WriteAsync(raw: false, ("name", "Refund"), ("price", -5m));

        Assert.Contains("Refund,-5,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_Raw_WritesTextAsScraped()
    {
        var csv = await WriteAsync(raw: true, ("name", "=1+1"), ("price", 1m));

        Assert.Contains("\n=1+1,1,", csv.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_CommasQuotesAndListsAreQuotedPerRfc4180()
    {
        var csv = await WriteAsync(raw: false, ("name", "Tea, \"green\""), ("price", 2m), ("note", new[] { "a", "b" }));

        Assert.Contains("\"Tea, \"\"green\"\"\",2,a | b", csv, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(bool raw, params (string Column, object? Value)[] cells)
    {
        using var output = new StringWriter();
        await using (var writer = new RecordWriter(output, "csv", Columns, raw))
        {
            await writer.WriteAsync(cells.ToDictionary(c => c.Column, c => c.Value), CancellationToken.None);
            await writer.FinishAsync(CancellationToken.None);
        }

        return output.ToString();
    }
}
