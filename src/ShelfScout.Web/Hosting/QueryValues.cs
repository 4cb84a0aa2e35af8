using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ShelfScout.Web.Hosting;

/// <summary>Reading query-string and route values; a malformed number reads as absent, never as an exception.</summary>
internal static class QueryValues
{
    public static string? Text(this HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.ToString()) ? value.ToString().Trim() : null;

    public static long? Long(this HttpRequest request, string name) =>
        long.TryParse(request.Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Int(this HttpRequest request, string name) =>
        int.TryParse(request.Text(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool Flag(this HttpRequest request, string name) =>
        request.Text(name) is "1" or "true" or "on" or "yes";

    public static long? RouteLong(this HttpContext context, string name) =>
        long.TryParse(context.Request.RouteValues[name] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A time window such as <c>30m</c>, <c>24h</c>, <c>7d</c> or <c>2w</c>; null when absent or malformed.</summary>
    public static TimeSpan? Window(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }

        return text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            'w' => TimeSpan.FromDays(7 * amount),
            _ => null,
        };
    }
}
