namespace ShelfScout.Extraction.StructuredData;

/// <summary>Finds where a JSON object or array literal that starts at a given index ends in script text.</summary>
internal static class JsonLiteralScanner
{
    /// <summary>The index just past the literal's closing bracket, or -1 when it does not close.</summary>
    public static int EndOfLiteral(string text, int start)
    {
        var depth = 0;
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }
}
