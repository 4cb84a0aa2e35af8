namespace ShelfScout.Cli.Hosting;

/// <summary>Checks command-line values before any work starts.</summary>
internal static class InputValidation
{
    public static Uri RequireHttpUrl(string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CliException($"{option} is required");
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(url.Host))
        {
            throw new CliException($"{option} '{value}' is not an http(s) URL");
        }

        return url;
    }

    public static int RequirePositive(int value, string option) =>
        value > 0 ? value : throw new CliException($"{option} must be a positive number, not {value}");

    public static int? RequirePositiveOrNull(int? value, string option) =>
        value is null or > 0 ? value : throw new CliException($"{option} must be a positive number, not {value}");

    public static double RequirePositive(double value, string option) =>
        value > 0 && double.IsFinite(value) ? value : throw new CliException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option} must be a positive number, not {value}"));

    public static int RequireNonNegative(int value, string option) =>
        value >= 0 ? value : throw new CliException($"{option} must not be negative, not {value}");
}
