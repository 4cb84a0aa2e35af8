using ShelfScout.Testing;

namespace ShelfScout.Cli.Tests.Layout;

/// <summary>Whole command lines with <c>COLUMNS</c> set, output piped: every table the command prints fits that width with whole words.</summary>
[Collection(nameof(ColumnsVariable))]
public sealed class ColumnsHonouredTests
{
    private const string LongName = "Kalahari Naturals Organic Kids Immune Support Effervescent Tablets 30 Chewables";

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public async Task Demo_RecheckWithAlerts_FitsColumns(int columns)
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        string[] demo = ["demo", "--products", "30", "--db", db];
        Assert.Equal(0, (await CliRunner.RunAsync(demo)).ExitCode);

        CliProcess.Result result;
        using (ColumnsVariable.Set(columns))
        {
            result = await CliRunner.RunAsync([.. demo, "--day", "3", "--change-rate", "0.5"]);
        }

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = LayoutAssert.Lines(result.StdOut).ToList();
        Assert.Contains(lines, l => l.Contains("alerts in this run", StringComparison.Ordinal));
        AssertFits(lines, columns);
        Assert.Contains(lines, l => l.StartsWith("  Products: ", StringComparison.Ordinal));
        var hint = lines.FindIndex(l => l.StartsWith("  shelfscout alerts --run 2 --db", StringComparison.Ordinal));
        Assert.True(hint >= 0, result.StdOut);
        Assert.Equal(db, (lines[hint].EndsWith(" \\", StringComparison.Ordinal) ? lines[hint + 1].Trim() : lines[hint].Split(' ')[^1]).Trim('\''));
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public async Task Alerts_FitColumns(int columns)
    {
        using var directory = new TempDirectory();
        var db = directory.DatabasePath();
        await AlertDatabase.CreateAsync(db, extraPriceChanges: 3);

        CliProcess.Result result;
        using (ColumnsVariable.Set(columns))
        {
            result = await CliRunner.RunAsync("alerts", "--db", db, "--limit", "3");
        }

        Assert.True(result.ExitCode == 0, result.StdErr);
        AssertFits(LayoutAssert.Lines(result.StdOut), columns);
        Assert.Contains("3 of 8 alerts shown.", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public async Task ExtractTable_FitsColumns_NameCutAtAWordOrOnItsOwnLine(int columns)
    {
        using var directory = new TempDirectory();
        var file = directory.File("kalahari-naturals-immune-support.html");
        await File.WriteAllTextAsync(file, $$$"""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"{{{LongName}}}","sku":"KN-IMM-00042",
              "offers":{"@type":"Offer","price":"1041.49","priceCurrency":"ZAR","availability":"https://schema.org/InStock"}}</script></head>
            <body><h1>{{{LongName}}}</h1></body></html>
            """);

        CliProcess.Result result;
        using (ColumnsVariable.Set(columns))
        {
            result = await CliRunner.RunAsync("extract", "--format", "table", file);
        }

        Assert.True(result.ExitCode == 0, result.StdErr);
        var lines = LayoutAssert.Lines(result.StdOut);
        AssertFits(lines, columns);
        Assert.Contains(lines, l => l.Contains("1041.49", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("KN-IMM-00042", StringComparison.Ordinal));
        var nameWords = LongName.Split(' ').ToHashSet(StringComparer.Ordinal);
        var shown = lines.SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => nameWords.Contains(w.TrimEnd('…'))).ToList();
        Assert.Equal("Kalahari", shown[0]);
    }

    /// <summary>Every line fits and has no trailing space; a longer line is one unbreakable word (a URL written whole).</summary>
    private static void AssertFits(IReadOnlyList<string> lines, int columns)
    {
        foreach (var line in lines)
        {
            Assert.True(line.Length <= columns || line.Trim().Split(' ').Length == 1, $"{line.Length} > {columns}: '{line}'");
            Assert.False(line.EndsWith(' '), $"trailing space: '{line}'");
        }
    }
}
