using System.Globalization;
using System.Text;

namespace ShelfScout.Extraction.StructuredData;

/// <summary>Repairs script text into JSON a strict reader accepts, without touching well-formed parts.</summary>
internal static class JsonTextCleaner
{
    public static string Clean(string text) =>
        EscapeInsideStrings(text.Trim().TrimStart('\uFEFF')).Trim().TrimEnd(';').Trim();

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
            else if (Wrapper(s, i) is var skip and > 0)
            {
                i += skip - 1;
                sb.Append(' ');
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

    // Outside strings: CDATA markers and HTML comment markers wrapping the JSON are dropped; an HTML comment
    // holding prose ("<!-- John joined the festival. -->") is dropped whole. Returns how many characters to skip.
    private static int Wrapper(string s, int i)
    {
        foreach (var token in (string[])["<![CDATA[", "]]>", "-->"])
        {
            if (string.CompareOrdinal(s, i, token, 0, token.Length) == 0)
            {
                return token.Length;
            }
        }

        if (string.CompareOrdinal(s, i, "<!--", 0, 4) != 0)
        {
            return 0;
        }

        var close = s.IndexOf("-->", i + 4, StringComparison.Ordinal);
        var inner = close < 0 ? s[(i + 4)..] : s[(i + 4)..close];
        return inner.Contains('{', StringComparison.Ordinal) || inner.Contains('[', StringComparison.Ordinal) || close < 0
            ? 4
            : close + 3 - i;
    }
}
