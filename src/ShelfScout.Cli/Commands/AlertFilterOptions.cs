using ShelfScout.Domain.Alerts;
using System.CommandLine;
using System.Globalization;
using ShelfScout.Cli.Hosting;
using ShelfScout.Cli.Rendering;
using ShelfScout.Domain.Runs;
using ShelfScout.Storage;
using ShelfScout.Storage.Alerts;

namespace ShelfScout.Cli.Commands;

/// <summary>The alert filters <c>alerts</c> and <c>export alerts</c> share: <c>--since</c>, <c>--kind</c>, <c>--run</c> (the retailer comes from the command's own option).</summary>
internal sealed class AlertFilterOptions
{
    public Option<string?> Since { get; } = new("--since") { Description = "Only alerts raised since then: 30m, 24h, 7d, 2w, or an ISO date/time (UTC unless it says otherwise)." };

    public Option<string[]> Kinds { get; } = new("--kind")
    {
        Description = "Only these kinds (repeat or comma-separate): " + string.Join(", ", AlertKindTable.Names) + ".",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<long?> Run { get; } = CliOptions.OptionalNumber<long>("--run", "Only alerts raised by this run id.");

    public void AddTo(Command command)
    {
        command.Options.Add(Since);
        command.Options.Add(Kinds);
        command.Options.Add(Run);
    }

    /// <summary>True when any of these filters was given (so a command they do not apply to can refuse them).</summary>
    public bool AnyGiven(ParseResult result) =>
        result.GetValue(Since) is not null || result.GetValue(Kinds) is { Length: > 0 } || result.GetValue(Run) is not null;

    /// <summary>The query these filters mean; throws a usage error for a bad value.</summary>
    public AlertQuery Read(ParseResult result, long? retailerId, DateTimeOffset now) => new()
    {
        RetailerId = retailerId,
        RunId = result.GetValue(Run),
        Since = ParseSince(result.GetValue(Since), now),
        Kinds = ParseKinds(result.GetValue(Kinds)),
    };

    public static async Task<long?> ResolveRetailerAsync(IShelfStore store, string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var retailer = await store.FindRetailerByNameAsync(name.Trim(), cancellationToken).ConfigureAwait(false);
        if (retailer is not null)
        {
            return retailer.Id;
        }

        var known = (await store.GetRetailersAsync(cancellationToken).ConfigureAwait(false)).Select(r => r.Name).ToList();
        var hint = known.Count == 0 ? "; the database holds no retailers yet" : $"; known: {string.Join(", ", known.Take(10))}";
        throw new CliException($"unknown retailer '{name.Trim()}'{hint}");
    }

    internal static DateTimeOffset? ParseSince(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        var unit = char.ToLowerInvariant(value[^1]);
        if (value.Length > 1 && "mhdw".Contains(unit, StringComparison.Ordinal)
            && int.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount > 0)
        {
            var span = unit switch
            {
                'm' => TimeSpan.FromMinutes(amount),
                'h' => TimeSpan.FromHours(amount),
                'd' => TimeSpan.FromDays(amount),
                _ => TimeSpan.FromDays(7.0 * amount),
            };
            return now - span;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            return at;
        }

        throw new CliException($"--since expects a duration like 24h or 7d, or an ISO date like 2026-03-01, not '{value}'");
    }

    private static IReadOnlyCollection<PriceAlertKind>? ParseKinds(string[]? values)
    {
        if (values is not { Length: > 0 })
        {
            return null;
        }

        var kinds = new HashSet<PriceAlertKind>();
        foreach (var text in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var kind = AlertKindTable.Parse(text);
            if (kind is null)
            {
                var near = ClosestName.Find(text, AlertKindTable.Names);
                var hint = near is null ? string.Empty : $" (did you mean '{near}'?)";
                throw new CliException($"--kind must be {string.Join(", ", AlertKindTable.Names)}, not '{text}'{hint}");
            }

            kinds.Add(kind.Value);
        }

        return kinds;
    }
}
