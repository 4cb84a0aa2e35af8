using System.Text;

namespace ShelfScout.Extraction.Tests.Robustness;

/// <summary>Ways real pages arrive broken, each applied to a saved page: the engine must read every result without throwing.</summary>
internal static class PageMutations
{
    public static readonly IReadOnlyList<(string Name, Func<string, string> Apply)> All =
    [
        ("duplicate JSON keys", DuplicateKeys),
        ("scripts cut in half", TruncateScripts),
        ("page cut in half", html => html[..(html.Length / 2)]),
        ("deeply nested JSON", html => InsertBeforeBodyEnd(html, "<script type=\"application/ld+json\">" + new string('[', 5000) + "{\"@type\":\"Product\"}" + new string(']', 5000) + "</script><script>window.__STATE__ = " + Repeat("{\"a\":", 3000) + "1" + new string('}', 3000) + ";</script>")),
        ("deeply nested elements", html => InsertBeforeBodyEnd(html, Repeat("<div><span>", 3000) + "€ 1,00 In stock" + Repeat("</span></div>", 3000))),
        ("NUL and invalid characters", InvalidCharacters),
        ("100,000 elements", html => InsertBeforeBodyEnd(html, "<ul>" + Repeat("<li class=\"price\"><span>9.99</span></li>", 50_000) + "</ul>")),
    ];

    /// <summary>Repeats the first key of every JSON object in the page's scripts with another value ({"a":1,"a":2}).</summary>
    private static string DuplicateKeys(string html)
    {
        var builder = new StringBuilder(html.Length + 4096);
        var position = 0;
        while (position < html.Length)
        {
            var brace = html.IndexOf("{\"", position, StringComparison.Ordinal);
            if (brace < 0)
            {
                break;
            }

            var keyEnd = html.IndexOf("\":", brace + 2, StringComparison.Ordinal);
            if (keyEnd < 0 || keyEnd - brace > 60)
            {
                builder.Append(html, position, brace + 2 - position);
                position = brace + 2;
                continue;
            }

            var key = html[(brace + 1)..(keyEnd + 1)];
            builder.Append(html, position, brace + 1 - position).Append(key).Append(":\"dup\",");
            position = brace + 1;
        }

        return builder.Append(html, position, html.Length - position).ToString();
    }

    private static string TruncateScripts(string html)
    {
        var builder = new StringBuilder(html.Length);
        var position = 0;
        while (true)
        {
            var open = html.IndexOf("<script", position, StringComparison.OrdinalIgnoreCase);
            var close = open < 0 ? -1 : html.IndexOf("</script>", open, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                return builder.Append(html, position, html.Length - position).ToString();
            }

            var start = html.IndexOf('>', open) + 1;
            builder.Append(html, position, start - position).Append(html, start, (close - start) / 2);
            position = close;
        }
    }

    private static string InvalidCharacters(string html)
    {
        var chars = html.ToCharArray();
        for (var i = 97; i < chars.Length; i += 211)
        {
            chars[i] = (i / 211 % 3) switch { 0 => '\0', 1 => '\uFFFF', _ => '\uD800' };
        }

        return new string(chars);
    }

    private static string InsertBeforeBodyEnd(string html, string insert)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + insert : string.Concat(html.AsSpan(0, end), insert, html.AsSpan(end));
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();
}
