namespace ShelfScout.Extraction.Pricing;

/// <summary>Maps a currency as written (symbol, code or local name) to its ISO 4217 code.</summary>
public static class CurrencyResolver
{
    /// <summary>
    /// The ISO 4217 code for <paramref name="symbolOrCode"/>, or null when unknown. An ambiguous symbol
    /// (<c>$</c>, <c>kr</c>, <c>¥</c>) takes the currency of <paramref name="hint"/> when the hint names one that
    /// uses the symbol; otherwise its most common meaning (<c>$</c> is USD).
    /// </summary>
    public static string? Resolve(string symbolOrCode, string? hint)
    {
        ArgumentNullException.ThrowIfNull(symbolOrCode);
        var text = symbolOrCode.Trim().TrimEnd('\u200f');
        if (text.Length == 0)
        {
            return ResolveHint(hint);
        }

        if (TryCode(text, out var code))
        {
            return code;
        }

        if (!CurrencyTable.SymbolCodes.TryGetValue(text, out var candidates) &&
            !CurrencyTable.SymbolCodes.TryGetValue(text.TrimEnd('.'), out candidates) &&
            !CurrencyTable.SymbolCodes.TryGetValue(text + ".", out candidates))
        {
            return null;
        }

        if (candidates.Count > 1)
        {
            var hinted = ResolveHint(hint);
            if (hinted is not null && candidates.Contains(hinted, StringComparer.Ordinal))
            {
                return hinted;
            }
        }

        return candidates[0];
    }

    private static string? ResolveHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var trimmed = hint.Trim();
        if (TryCode(trimmed, out var code))
        {
            return code;
        }

        var found = CurrencyDetector.Detect(trimmed, null);
        if (found is null)
        {
            return null;
        }

        if (TryCode(found, out code))
        {
            return code;
        }

        return CurrencyTable.SymbolCodes.TryGetValue(found, out var candidates) && candidates.Count == 1
            ? candidates[0]
            : null;
    }

    private static bool TryCode(string text, out string? code)
    {
        code = null;
        if (text.Length != 3 || !text.All(char.IsAsciiLetter))
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        if (!CurrencyTable.Codes.Contains(upper))
        {
            return false;
        }

        code = upper;
        return true;
    }
}
