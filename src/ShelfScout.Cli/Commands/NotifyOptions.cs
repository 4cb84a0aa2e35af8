using System.CommandLine;
using ShelfScout.Cli.Hosting;
using ShelfScout.Domain.Alerts;
using ShelfScout.Domain.Runs;
using ShelfScout.Notifications;
using ShelfScout.Notifications.Webhooks;
using ShelfScout.Storage;

namespace ShelfScout.Cli.Commands;

/// <summary>
/// <c>--notify URL</c> and its rules, shared by <c>run</c> and <c>demo</c>: after the run, the retailer's alerts not yet
/// delivered are POSTed to each webhook. A failed delivery never changes the run's exit code: its alerts stay pending
/// in the database and go out on the next run.
/// </summary>
internal sealed class NotifyOptions
{
    public const string SecretVariable = "SHELFSCOUT_NOTIFY_SECRET";

    public Option<string[]> Urls { get; } = new("--notify") { Description = "After the run, POST its alerts as JSON to this webhook (http or https; repeatable)." };

    public Option<string?> Secret { get; } = new("--notify-secret") { Description = $"Sign webhook bodies with this HMAC-SHA256 secret (default: ${SecretVariable})." };

    public Option<string[]> Kinds { get; } = new("--notify-kind") { Description = $"Only these alerts (repeatable): {string.Join(", ", AlertKindTable.Names)}." };

    public Option<decimal?> MinPercent { get; } = CliOptions.OptionalNumber<decimal>("--notify-min-percent", "Only price changes of at least N percent.");

    public Option<decimal?> Below { get; } = CliOptions.OptionalNumber<decimal>("--notify-below", "Only price changes to a price at or below PRICE.");

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { Urls, Secret, Kinds, MinPercent, Below })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The targets the command line asks for (none without <c>--notify</c>); bad input is a usage error.</summary>
    public IReadOnlyList<NotificationTarget> Read(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var urls = result.GetValue(Urls) ?? [];
        if (urls.Length == 0)
        {
            return [];
        }

        var kinds = new List<PriceAlertKind>();
        foreach (var name in (result.GetValue(Kinds) ?? []).SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            kinds.Add(AlertKindTable.TryParse(name, out var kind)
                ? kind
                : throw new CliException($"--notify-kind '{name}' is not one of {string.Join(", ", AlertKindTable.Names)}"));
        }

        var minPercent = result.GetValue(MinPercent);
        if (minPercent < 0)
        {
            throw new CliException("--notify-min-percent must not be negative");
        }

        var below = result.GetValue(Below);
        if (below < 0)
        {
            throw new CliException("--notify-below must not be negative");
        }

        var rules = new NotificationRules { Kinds = kinds.Distinct().ToList(), MinPercentChange = minPercent, PriceAtOrBelow = below };
        var secret = result.GetValue(Secret) ?? Environment.GetEnvironmentVariable(SecretVariable);
        return urls
            .Select(text => WebhookUrl.TryParse(text, out var url, out var error) ? url : throw new CliException($"--notify {error}"))
            .Distinct()
            .Select(url => new NotificationTarget(url, string.IsNullOrEmpty(secret) ? null : secret, rules))
            .ToList();
    }

    /// <summary>Delivers the retailer's pending alerts to each target and writes one line per target.</summary>
    public static async Task DeliverAsync(IShelfStore store, long retailerId, IReadOnlyList<NotificationTarget> targets, TextWriter lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(lines);
        if (targets.Count == 0)
        {
            return;
        }

        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
        var notifier = new AlertNotifier(http, TimeProvider.System);
        foreach (var target in targets)
        {
            var report = await notifier.DeliverPendingAsync(store, retailerId, target, cancellationToken).ConfigureAwait(false);
            await lines.WriteLineAsync(report.Describe()).ConfigureAwait(false);
        }
    }
}
