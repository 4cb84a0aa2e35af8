using System.Text;

namespace ShelfScout.DemoRetailer.Generation;

/// <summary>Lower-case, hyphen-separated URL segments from display names ("Hair &amp; Nails" -> "hair-nails").</summary>
internal static class Slug
{
    public static string From(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingHyphen = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return sb.ToString();
    }
}
