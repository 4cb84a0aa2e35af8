using ShelfScout.Cli.Rendering;

namespace ShelfScout.Cli.Tests.Layout;

/// <summary>Every results table at 60, 80 and 120 columns: lines fit, no trailing spaces, no word wrapped or cut mid-word.</summary>
public sealed class TableLayoutTests
{
    public static TheoryData<int> Widths => new() { 60, 80, 120 };

    [Theory]
    [MemberData(nameof(Widths))]
    public void Alerts_FitTheWidth_WithWholeWords(int width)
    {
        foreach (var (showWhen, twoRetailers) in new[] { (true, false), (false, false), (true, true) })
        {
            var alerts = SampleRun.Alerts(twoRetailers);
            void Render(Spectre.Console.IAnsiConsole c) => AlertTable.Render(c, alerts, showWhen);

            // The block layout names the retailer as "Retailer: product".
            var wide = WidthConsole.Render(LayoutAssert.Unbounded, Render) + " Acme Health: Wellness Warehouse Demo:";
            LayoutAssert.FitsWithWholeWords(WidthConsole.Render(width, Render), wide, width);
        }
    }

    [Theory]
    [InlineData(60)]
    [InlineData(80)]
    public void Alerts_WithTimesAtEightyColumnsOrLess_OneBlockEach_TheWholeNameOnALineOfItsOwn(int width)
    {
        var lines = LayoutAssert.Lines(WidthConsole.Render(width, c => AlertTable.Render(c, SampleRun.Alerts())));

        foreach (var name in SampleRun.ProductNames.Where(n => n.Length + 4 <= width))
        {
            Assert.Contains("    " + name, lines);
        }

        if (width == 60)
        {
            // A name longer than the line wraps at a word, the rest indented under it.
            Assert.Contains("    Kalahari Naturals Organic Kids Immune Support 30", lines);
            Assert.Contains("      Chewables", lines);
        }

        Assert.Contains("2026-03-01 09:34  new            new at 1459.99 ZAR", lines);
        if (width == 80)
        {
            Assert.Equal(2 * SampleRun.ProductNames.Length, lines.Count);
            Assert.Contains("2026-03-01 09:30  price-drop     1041.49 -> 899.99 ZAR (-13.6%)", lines);
        }
        else
        {
            // Too long for the facts line at 60: the change goes on a line of its own, under the time.
            Assert.Contains("2026-03-01 09:30  price-drop", lines);
            Assert.Contains("    1041.49 -> 899.99 ZAR (-13.6%)", lines);
        }
    }

    [Fact]
    public void Alerts_At120Columns_OneLinePerAlertUnderAHeader_ALongNameCutAfterAWord()
    {
        var lines = LayoutAssert.Lines(WidthConsole.Render(120, c => AlertTable.Render(c, SampleRun.Alerts())));

        Assert.Equal(SampleRun.ProductNames.Length + 1, lines.Count);
        Assert.Matches(@"^When \(UTC\)\s+Alert\s+Change\s+Product$", lines[0]);
        Assert.Matches(@"^2026-03-01 09:30  price-drop\s+1041\.49 -> 899\.99 ZAR \(-13\.6%\)  Kalahari Naturals Organic Kids Immune Support 30…$", lines[1]);
        Assert.EndsWith("  Sunleaf Complete Shampoo 75ml", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Alerts_InTheRunSummaryAt120Columns_OneLineEachWithWholeNames()
    {
        var lines = LayoutAssert.Lines(WidthConsole.Render(120, c => AlertTable.Render(c, SampleRun.Alerts(), showWhen: false)));

        Assert.Equal(SampleRun.ProductNames.Length + 1, lines.Count);
        foreach (var name in SampleRun.ProductNames)
        {
            Assert.Single(lines, l => l.EndsWith("  " + name, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void RunSummary_FitsTheWidth_WithWholeWords(int width)
    {
        var summary = SampleRun.Summary();
        void Render(Spectre.Console.IAnsiConsole c) => SummaryRenderer.Render(c, summary, "/tmp/shelf.db");

        var narrow = WidthConsole.Render(width, Render);

        LayoutAssert.FitsWithWholeWords(narrow, WidthConsole.Render(LayoutAssert.Unbounded, Render), width);
        var lines = LayoutAssert.Lines(narrow).TakeWhile(l => !l.StartsWith("Store now holds", StringComparison.Ordinal)).ToList();
        foreach (var stage in new[] { "Categories", "Products", "Prices", "Reviews" })
        {
            // One table row per stage and one note: a wrapped cell would be a second row.
            Assert.Single(lines, l => l.TrimStart('│', ' ').StartsWith(stage + " ", StringComparison.Ordinal));
            Assert.Single(lines, l => l.StartsWith("  " + stage + ": ", StringComparison.Ordinal));
        }

        // Details on their own lines, whole: each error's URL is a line by itself.
        Assert.Contains("    http://127.0.0.1:41477/c/vitamins", LayoutAssert.Lines(narrow));
    }

    [Fact]
    public void RunSummary_At60Columns_StageTableIsPlainColumnsWithEveryHeader()
    {
        var lines = LayoutAssert.Lines(WidthConsole.Render(60, c => SummaryRenderer.Render(c, SampleRun.Summary())));

        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Stage\s+Status\s+Items\s+OK\s+Failed\s+New\s+Time$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Products\s+Partial\s+123,456\s+123,450\s+6\s+-1\s+61\.8s$"));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void History_FitsTheWidth_WithWholeWords(int width)
    {
        var history = SampleRun.History();
        void Render(Spectre.Console.IAnsiConsole c) => HistoryRenderer.Render(c, history);

        var narrow = WidthConsole.Render(width, Render);

        // The URL line is written whole (to be copied), whatever the width; every other line fits.
        var withoutUrl = string.Join('\n', LayoutAssert.Lines(narrow).Where(l => !l.StartsWith("URL:", StringComparison.Ordinal)));
        LayoutAssert.FitsWithWholeWords(withoutUrl, WidthConsole.Render(LayoutAssert.Unbounded, Render), width);
        var lines = LayoutAssert.Lines(narrow);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^Date \(UTC\)\s+Price\s+List\s+Cur\s+Availability\s+Qty$"));
        Assert.Contains(lines, l => l.Contains("LimitedAvailability", StringComparison.Ordinal) && l.EndsWith('2'));
    }
}
