using System.Globalization;
using Spectre.Console;

namespace ShelfScout.Cli.Rendering;

/// <summary>Sentences and labelled notes written to a console wrapped at words, continuation lines indented, never past its width.</summary>
internal static class ConsoleText
{
    /// <summary>A sentence wrapped at words, its first line starting with <paramref name="firstPrefix"/>, the others with <paramref name="indent"/>.</summary>
    public static void WriteWrapped(IAnsiConsole console, string text, string indent = "  ", string firstPrefix = "")
    {
        foreach (var line in TextWrap.Wrap(text.ReplaceLineEndings(" "), console.Profile.Width, firstPrefix, indent))
        {
            // Already fitted: written as is so the console does not fold it again (or a long URL in it).
            console.Profile.Out.Writer.WriteLine(line);
        }
    }

    /// <summary>"<paramref name="label"/> text", the label styled, the text wrapped at words and aligned under its first word.</summary>
    public static void WriteNote(IAnsiConsole console, string label, string text, string style = "grey")
    {
        var lines = TextWrap.Wrap(text.ReplaceLineEndings(" "), console.Profile.Width, label + " ", new string(' ', TextWrap.Width(label) + 1));
        console.MarkupLine(CultureInfo.InvariantCulture, "[{0}]{1}[/]{2}", style, Markup.Escape(label), Markup.Escape(lines[0][label.Length..]));
        foreach (var line in lines.Skip(1))
        {
            console.Profile.Out.Writer.WriteLine(line);
        }
    }
}
