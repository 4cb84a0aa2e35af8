using Spectre.Console;

namespace ShelfScout.Cli.Tests.Layout;

/// <summary>A plain-text console of a given width over a string, as the CLI makes one for piped output with <c>COLUMNS</c> set.</summary>
internal static class WidthConsole
{
    /// <summary>What <paramref name="render"/> writes to a console <paramref name="width"/> columns wide.</summary>
    public static string Render(int width, Action<IAnsiConsole> render)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        render(console);
        return writer.ToString();
    }
}
