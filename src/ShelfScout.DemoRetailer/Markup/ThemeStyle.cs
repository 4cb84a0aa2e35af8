using System.Collections.Concurrent;
using ShelfScout.DemoRetailer.Generation;

namespace ShelfScout.DemoRetailer.Markup;

/// <summary>
/// The only place the themes differ in markup: class names (readable, or scrambled per seed for
/// <see cref="DemoTheme.Plain"/>) and whether microdata attributes are written.
/// </summary>
internal sealed class ThemeStyle(DemoTheme theme, int seed)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private readonly ConcurrentDictionary<string, string> _classAttributes = new(StringComparer.Ordinal);

    public DemoTheme Theme => theme;

    public bool UsesJsonLd => theme == DemoTheme.JsonLd;

    public bool UsesMicrodata => theme == DemoTheme.Microdata;

    /// <summary><c> class="..."</c> for space-separated readable names, scrambled in the plain theme.</summary>
    public string Class(string names) => _classAttributes.GetOrAdd(names, n => " class=\"" + MapNames(n) + "\"");

    /// <summary><c> itemprop="..."</c> in the microdata theme, nothing otherwise.</summary>
    public string Prop(string name) => UsesMicrodata ? " itemprop=\"" + name + "\"" : string.Empty;

    /// <summary><c> itemscope itemtype="https://schema.org/T"</c> in the microdata theme, nothing otherwise.</summary>
    public string Scope(string type) => UsesMicrodata ? " itemscope itemtype=\"https://schema.org/" + type + "\"" : string.Empty;

    /// <summary>Both, for an element that is a property holding a nested item.</summary>
    public string PropScope(string name, string type) => Prop(name) + Scope(type);

    /// <summary>A hidden <c>&lt;meta itemprop content&gt;</c> in the microdata theme, nothing otherwise.</summary>
    public string Meta(string name, string content) =>
        UsesMicrodata ? "<meta itemprop=\"" + name + "\" content=\"" + content + "\">" : string.Empty;

    private string MapNames(string names)
    {
        if (theme != DemoTheme.Plain)
        {
            return names;
        }

        var tokens = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', tokens.Select(Scramble));
    }

    private string Scramble(string name)
    {
        // Like CSS-modules output: a letter then five base-36 characters, stable for (seed, name).
        var random = StableRandom.For(seed, "css:" + name);
        Span<char> chars = stackalloc char[6];
        chars[0] = Alphabet[random.Next(26)];
        for (var i = 1; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
