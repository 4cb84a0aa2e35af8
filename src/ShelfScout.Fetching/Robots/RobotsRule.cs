using System.Text;

namespace ShelfScout.Fetching.Robots;

/// <summary>One Allow or Disallow line: a path pattern with <c>*</c> (any run of characters) and a trailing <c>$</c> (end of URL).</summary>
internal sealed class RobotsRule
{
    private readonly string[] _segments;
    private readonly bool _anchoredAtEnd;

    public RobotsRule(bool allow, string pattern)
    {
        Allow = allow;
        Pattern = NormalizeEscapes(pattern);
        var body = Pattern;
        _anchoredAtEnd = body.EndsWith('$');
        if (_anchoredAtEnd)
        {
            body = body[..^1];
        }

        _segments = body.Split('*');
    }

    public bool Allow { get; }

    public string Pattern { get; }

    /// <summary>Specificity for longest-match precedence (RFC 9309 §2.2.2): the pattern's length in octets.</summary>
    public int Length => Pattern.Length;

    public bool Matches(string pathAndQuery)
    {
        var first = _segments[0];
        if (!pathAndQuery.StartsWith(first, StringComparison.Ordinal))
        {
            return false;
        }

        if (_segments.Length == 1)
        {
            return !_anchoredAtEnd || pathAndQuery.Length == first.Length;
        }

        var position = first.Length;
        var lastIndex = _segments.Length - 1;
        for (var i = 1; i < lastIndex; i++)
        {
            // Taking the earliest occurrence of each middle segment leaves the most room for the rest, so greedy is exact.
            var found = pathAndQuery.IndexOf(_segments[i], position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + _segments[i].Length;
        }

        var last = _segments[lastIndex];
        if (_anchoredAtEnd)
        {
            return pathAndQuery.Length - last.Length >= position && pathAndQuery.EndsWith(last, StringComparison.Ordinal);
        }

        return pathAndQuery.IndexOf(last, position, StringComparison.Ordinal) >= 0;
    }

    /// <summary>
    /// Brings a path or pattern to one spelling: non-ASCII characters percent-encoded as UTF-8 and
    /// percent-escapes in upper case, so "/caf%c3%a9", "/café" and "/caf%C3%A9" compare equal.
    /// </summary>
    public static string NormalizeEscapes(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%' && i + 2 < value.Length && Uri.IsHexDigit(value[i + 1]) && Uri.IsHexDigit(value[i + 2]))
            {
                builder ??= new StringBuilder(value, 0, i, value.Length + 16);
                builder.Append('%').Append(char.ToUpperInvariant(value[i + 1])).Append(char.ToUpperInvariant(value[i + 2]));
                i += 2;
            }
            else if (c > 0x7F)
            {
                builder ??= new StringBuilder(value, 0, i, value.Length + 16);
                var length = char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1;
                foreach (var b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? value;
    }
}
