using System.Globalization;
using System.Text;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Repairs script text into JSON a strict reader accepts, without touching well-formed parts.</summary>
internal static class JsonTextCleaner
{
    public static string Clean(string text)
    {
        var s = text.Trim().TrimStart('\uFEFF');
        s = StripWrapper(s, "<!--", "-->");
        s = StripWrapper(s, "//<![CDATA[", "//]]>");
        s = StripWrapper(s, "/*<![CDATA[*/", "/*]]>*/");
        s = StripWrapper(s, "<![CDATA[", "]]>");
        s = s.TrimEnd(';', ' ', '\n', '\r', '\t');
        return EscapeInsideStrings(s);
    }

    private static string StripWrapper(string s, string start, string end)
    {
        var t = s.Trim();
        if (t.StartsWith(start, StringComparison.Ordinal))
        {
            t = t[start.Length..];
            var at = t.LastIndexOf(end, StringComparison.Ordinal);
            if (at >= 0)
            {
                t = t[..at];
            }

            return t.Trim();
        }

        return s;
    }

    // Escapes raw control characters inside strings and drops comments; tracks strings so "http://" stays intact.
    private static string EscapeInsideStrings(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        var inString = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (inString)
            {
                if (c == '\\' && i + 1 < s.Length)
                {
                    sb.Append(c).Append(s[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                    sb.Append(c);
                }
                else if (c < ' ')
                {
                    sb.Append(c switch
                    {
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                    });
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                inString = true;
                sb.Append(c);
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    i++;
                }

                sb.Append('\n');
            }
            else if (c == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                var close = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = close < 0 ? s.Length : close + 1;
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
