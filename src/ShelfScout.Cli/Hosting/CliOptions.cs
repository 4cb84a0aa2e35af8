using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace ShelfScout.Cli.Hosting;

/// <summary>Option factories whose parse errors read as one plain sentence ("--concurrency expects a whole number, not 'abc'").</summary>
internal static class CliOptions
{
    public static Option<T> Number<T>(string name, string description, T defaultValue)
        where T : struct, INumber<T> => new(name)
        {
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result => Parse<T>(result, name) ?? defaultValue,
        };

    public static Option<T?> OptionalNumber<T>(string name, string description)
        where T : struct, INumber<T> => new(name)
        {
            Description = description,
            CustomParser = result => Parse<T>(result, name),
        };

    private static T? Parse<T>(ArgumentResult result, string name)
        where T : struct, INumber<T>
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var text = result.Tokens[^1].Value;
        var style = typeof(T) == typeof(double) || typeof(T) == typeof(decimal) ? NumberStyles.Float : NumberStyles.Integer;
        if (T.TryParse(text, style, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var kind = style == NumberStyles.Float ? "a number" : "a whole number";
        result.AddError($"{name} expects {kind}, not '{text}'");
        return null;
    }
}
