using ShelfScout.Domain.Runs;

namespace ShelfScout.Scheduling.Config;

/// <summary>Alert kinds as a config file writes them: <c>price-drop</c>, <c>back-in-stock</c> (kebab case of <see cref="PriceAlertKind"/>).</summary>
public static class AlertKinds
{
    public static IReadOnlyList<string> Names { get; } = Enum.GetValues<PriceAlertKind>().Select(Name).ToArray();

    public static string Name(PriceAlertKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse(string text, out PriceAlertKind kind)
    {
        foreach (var candidate in Enum.GetValues<PriceAlertKind>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
