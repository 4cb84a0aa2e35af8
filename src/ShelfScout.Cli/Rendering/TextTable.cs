using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>
/// A borderless table of plain columns two spaces apart, sized to the console: one row per line, no trailing
/// spaces, nothing wrapped. When even the narrowest layout does not fit, <see cref="TryWrite"/> says so and the
/// caller shows the records another way (one block each).
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly List<TextColumn> _columns = [];
    private readonly List<TextCell[]> _rows = [];

    public TextTable AddColumn(TextColumn column)
    {
        _columns.Add(column);
        return this;
    }

    public TextTable AddRow(params TextCell[] cells)
    {
        if (cells.Length != _columns.Count)
        {
            throw new ArgumentException($"{cells.Length} cells for {_columns.Count} columns", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>The column widths that fit <paramref name="width"/>, or null when the table cannot fit.</summary>
    public int[]? Layout(int width)
    {
        var widths = new int[_columns.Count];
        var flexible = -1;
        for (var i = 0; i < _columns.Count; i++)
        {
            var column = _columns[i];
            var natural = Math.Max(TextWrap.Width(column.Header), _rows.Count == 0 ? 0 : _rows.Max(r => TextWrap.Width(r[i].Text)));
            widths[i] = column.MaxWidth is { } max ? Math.Min(natural, Math.Max(max, TextWrap.Width(column.Header))) : natural;
            if (column.Flexible)
            {
                flexible = i;
            }
        }

        var total = widths.Sum() + (Gap.Length * (widths.Length - 1));
        if (total <= width)
        {
            return widths;
        }

        if (flexible < 0)
        {
            return null;
        }

        var left = widths[flexible] - (total - width);
        var floor = Math.Max(TextWrap.Width(_columns[flexible].Header), Math.Min(widths[flexible], _columns[flexible].MinWidth));
        if (left < floor)
        {
            return null;
        }

        widths[flexible] = left;
        return widths;
    }

    /// <summary>Writes the header and the rows when they fit <paramref name="console"/>'s width; false, writing nothing, when they do not.</summary>
    public bool TryWrite(IAnsiConsole console)
    {
        if (Layout(console.Profile.Width) is not { } widths)
        {
            return false;
        }

        WriteLine(console, _columns.Select(c => new TextCell(c.Header, "bold")).ToArray(), widths);
        foreach (var row in _rows)
        {
            WriteLine(console, row, widths);
        }

        return true;
    }

    private void WriteLine(IAnsiConsole console, TextCell[] cells, int[] widths)
    {
        var parts = new List<string>(cells.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            var text = TextWrap.Truncate(cells[i].Text, widths[i]);
            var pad = new string(' ', widths[i] - TextWrap.Width(text));
            var shown = cells[i].Style is { } style && text.Length > 0 ? $"[{style}]{Markup.Escape(text)}[/]" : Markup.Escape(text);
            parts.Add(_columns[i].RightAligned ? pad + shown : shown + pad);
        }

        // Padding after the last text (a short last cell, empty cells at the end) would only be trailing spaces.
        console.MarkupLine(string.Join(Gap, parts).TrimEnd(' '));
    }
}
