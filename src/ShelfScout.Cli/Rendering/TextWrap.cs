using System.Text;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>
/// Plain-text layout at a given width: words are never split across lines and a cut text ends in an ellipsis at a
/// word boundary, so piped output and narrow terminals read the same as wide ones.
/// </summary>
internal static class TextWrap
{
    public const string Ellipsis = "…";

    /// <summary>Columns the text takes on a terminal (wide characters count two).</summary>
    public static int Width(string text) => text.GetCellWidth();

    /// <summary>
    /// The words of <paramref name="text"/> in lines of at most <paramref name="width"/> columns: the first line starts with
    /// <paramref name="firstPrefix"/>, the others with <paramref name="indent"/>. A word longer than a line keeps a line
    /// of its own, whole (a URL must stay copyable).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string firstPrefix = "", string indent = "")
    {
        var lines = new List<string>();
        var line = new StringBuilder(firstPrefix);
        var lineWidth = Width(firstPrefix);
        var empty = true;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = Width(word);
            if (!empty && lineWidth + 1 + wordWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear().Append(indent);
                lineWidth = Width(indent);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
                lineWidth++;
            }

            line.Append(word);
            lineWidth += wordWidth;
            empty = false;
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>The text cut to at most <paramref name="width"/> columns after its last whole word that fits, with an ellipsis.</summary>
    public static string Truncate(string text, int width)
    {
        if (Width(text) <= width)
        {
            return text;
        }

        var kept = new StringBuilder();
        var keptWidth = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = (kept.Length == 0 ? 0 : 1) + Width(word);
            if (keptWidth + needed + 1 > width)
            {
                break;
            }

            kept.Append(kept.Length == 0 ? string.Empty : " ").Append(word);
            keptWidth += needed;
        }

        if (kept.Length == 0)
        {
            // Even the first word is too long: only then is a word cut, and the ellipsis says so.
            foreach (var rune in text.EnumerateRunes())
            {
                var runeWidth = Width(rune.ToString());
                if (keptWidth + runeWidth + 1 > width)
                {
                    break;
                }

                kept.Append(rune.ToString());
                keptWidth += runeWidth;
            }
        }

        return kept.ToString().TrimEnd(' ', ',', ';', ':', '-', '&', '/') + Ellipsis;
    }
}
